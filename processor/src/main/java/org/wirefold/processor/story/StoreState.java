package org.wirefold.processor.story;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.wirefold.common.Names;

/** {@link ClusterState} over the three Kafka Streams stores declared by {@link StoryClustering#stores()}. */
final class StoreState implements ClusterState {
    private final KeyValueStore<String, StorySketch> stories;
    private final KeyValueStore<String, ArticleEntry> articles;
    private final KeyValueStore<Integer, Long> terms;

    StoreState(ProcessorContext<?, ?> context) {
        this.stories = context.getStateStore(Names.Stores.STORY_SKETCHES);
        this.articles = context.getStateStore(Names.Stores.ARTICLE_INDEX);
        this.terms = context.getStateStore(Names.Stores.TERM_STATS);
    }

    @Override
    public StorySketch story(String id) {
        return stories.get(id);
    }

    @Override
    public void putStory(StorySketch sketch) {
        stories.put(sketch.id(), sketch);
    }

    @Override
    public void deleteStory(String id) {
        stories.delete(id);
    }

    @Override
    public void forEachStory(Consumer<StorySketch> action) {
        try (KeyValueIterator<String, StorySketch> it = stories.all()) {
            it.forEachRemaining(kv -> action.accept(kv.value));
        }
    }

    @Override
    public ArticleEntry article(String id) {
        return articles.get(id);
    }

    @Override
    public void putArticle(ArticleEntry entry) {
        articles.put(entry.id(), entry);
    }

    @Override
    public void deleteArticle(String id) {
        articles.delete(id);
    }

    @Override
    public void forEachArticle(Consumer<ArticleEntry> action) {
        try (KeyValueIterator<String, ArticleEntry> it = articles.all()) {
            it.forEachRemaining(kv -> action.accept(kv.value));
        }
    }

    @Override
    public long termCount(int bucket) {
        Long v = terms.get(bucket);
        return v == null ? 0 : v;
    }

    @Override
    public void putTermCount(int bucket, long count) {
        terms.put(bucket, count);
    }

    @Override
    public void forEachTermCount(BiConsumer<Integer, Long> action) {
        try (KeyValueIterator<Integer, Long> it = terms.all()) {
            while (it.hasNext()) {
                KeyValue<Integer, Long> kv = it.next();
                action.accept(kv.key, kv.value);
            }
        }
    }
}
