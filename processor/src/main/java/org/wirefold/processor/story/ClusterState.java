package org.wirefold.processor.story;

import java.util.function.Consumer;

/**
 * The durable state of story clustering: story sketches, recent articles and document frequencies. In the topology
 * it is backed by Kafka Streams stores with changelogs ({@link StoreState}); benchmarks and tuning use
 * {@link MemoryState}. Everything else the clusterer holds is a cache rebuilt from this.
 */
public interface ClusterState {

    StorySketch story(String id);

    void putStory(StorySketch sketch);

    void deleteStory(String id);

    void forEachStory(Consumer<StorySketch> action);

    ArticleEntry article(String id);

    void putArticle(ArticleEntry entry);

    void deleteArticle(String id);

    void forEachArticle(Consumer<ArticleEntry> action);

    /** Document frequency bucket; bucket -1 holds the number of documents, -2 the latest known publication time. */
    long termCount(int bucket);

    void putTermCount(int bucket, long count);

    /** Calls {@code action} with (bucket, count) for every stored bucket. */
    void forEachTermCount(java.util.function.BiConsumer<Integer, Long> action);
}
