package org.wirefold.launcher.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.wirefold.common.serde.JsonSerde;
import org.wirefold.processor.story.ArticleEntry;
import org.wirefold.processor.story.ClusterState;
import org.wirefold.processor.story.StorySketch;

/**
 * {@link ClusterState} that keeps values as serialised bytes, with the same JSON serdes as the Kafka stores, so the
 * benchmark pays the per-record serialisation a store write and read costs (not RocksDB or the changelog send).
 */
final class SerializingState implements ClusterState {
    private final Serializer<StorySketch> storyOut = JsonSerde.of(StorySketch.class).serializer();
    private final Deserializer<StorySketch> storyIn = JsonSerde.of(StorySketch.class).deserializer();
    private final Serializer<ArticleEntry> articleOut = JsonSerde.of(ArticleEntry.class).serializer();
    private final Deserializer<ArticleEntry> articleIn = JsonSerde.of(ArticleEntry.class).deserializer();
    private final Map<String, byte[]> stories = new HashMap<>();
    private final Map<String, byte[]> articles = new HashMap<>();
    private final Map<Integer, Long> terms = new HashMap<>();

    @Override
    public StorySketch story(String id) {
        byte[] b = stories.get(id);
        return b == null ? null : storyIn.deserialize("s", b);
    }

    @Override
    public void putStory(StorySketch sketch) {
        stories.put(sketch.id(), storyOut.serialize("s", sketch));
    }

    @Override
    public void deleteStory(String id) {
        stories.remove(id);
    }

    @Override
    public void forEachStory(Consumer<StorySketch> action) {
        stories.values().forEach(b -> action.accept(storyIn.deserialize("s", b)));
    }

    @Override
    public ArticleEntry article(String id) {
        byte[] b = articles.get(id);
        return b == null ? null : articleIn.deserialize("a", b);
    }

    @Override
    public void putArticle(ArticleEntry entry) {
        articles.put(entry.id(), articleOut.serialize("a", entry));
    }

    @Override
    public void deleteArticle(String id) {
        articles.remove(id);
    }

    @Override
    public void forEachArticle(Consumer<ArticleEntry> action) {
        articles.values().forEach(b -> action.accept(articleIn.deserialize("a", b)));
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
}
