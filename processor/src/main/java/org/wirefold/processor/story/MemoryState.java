package org.wirefold.processor.story;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** {@link ClusterState} in plain maps: for benchmarks, tuning runs and tests. Not durable, not thread-safe. */
public final class MemoryState implements ClusterState {
    private final Map<String, StorySketch> stories = new HashMap<>();
    private final Map<String, ArticleEntry> articles = new HashMap<>();
    private final Map<Integer, Long> terms = new HashMap<>();

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
        stories.remove(id);
    }

    @Override
    public void forEachStory(Consumer<StorySketch> action) {
        stories.values().forEach(action);
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
        articles.remove(id);
    }

    @Override
    public void forEachArticle(Consumer<ArticleEntry> action) {
        articles.values().forEach(action);
    }

    @Override
    public long termCount(int bucket) {
        return terms.getOrDefault(bucket, 0L);
    }

    @Override
    public void putTermCount(int bucket, long count) {
        terms.put(bucket, count);
    }

    @Override
    public void forEachTermCount(BiConsumer<Integer, Long> action) {
        terms.forEach(action);
    }

    /** Live (not merged-away) stories held. */
    public long liveStories() {
        return stories.values().stream().filter(s -> s.mergedInto() == null).count();
    }
}
