package org.wirefold.processor.story;

import java.time.Duration;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.wirefold.common.Names;
import org.wirefold.common.serde.JsonSerde;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.model.StoryEvent;

/**
 * The story clustering stage: articles (keyed by article id, all on one partition) in, {@link StoryEvent}s keyed by
 * story id out. Use as {@code stream.process(new StoryClustering(cfg), Named.as(Names.Steps.CLUSTER))}; the
 * supplier declares its own stores (persistent, changelogged, cached) through {@link #stores()}.
 *
 * <p>Articles first wait in a {@link ReorderBuffer} for {@code reorder-grace}, so that articles interleaved by the
 * parallel partitions upstream are clustered in ingest order. Each article then gives zero or more MERGE events (keyed
 * by the absorbed story) followed by one ARTICLE event, all with the article's record timestamp. The decision logic
 * is {@link StoryClusterer}; the in-memory indexes are rebuilt from the stores before the first article a task
 * clusters, so a restart or a rebalance continues with the same state.
 */
public final class StoryClustering implements ProcessorSupplier<String, CleanArticle, String, StoryEvent> {
    private final ClusterConfig config;
    private final LongConsumer buffered;

    public StoryClustering(ClusterConfig config) {
        this(config, n -> { });
    }

    /** @param buffered told how many articles wait in the reorder buffer, after every change (a gauge) */
    public StoryClustering(ClusterConfig config, LongConsumer buffered) {
        this.config = config;
        this.buffered = buffered;
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        StoreBuilder<KeyValueStore<String, StorySketch>> sketches = Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(Names.Stores.STORY_SKETCHES), Serdes.String(), JsonSerde.of(StorySketch.class))
                .withCachingEnabled().withLoggingEnabled(java.util.Map.of());
        StoreBuilder<KeyValueStore<String, ArticleEntry>> articles = Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(Names.Stores.ARTICLE_INDEX), Serdes.String(), JsonSerde.of(ArticleEntry.class))
                .withCachingEnabled().withLoggingEnabled(java.util.Map.of());
        StoreBuilder<KeyValueStore<Integer, Long>> terms = Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(Names.Stores.TERM_STATS), Serdes.Integer(), Serdes.Long())
                .withCachingEnabled().withLoggingEnabled(java.util.Map.of());
        StoreBuilder<KeyValueStore<String, ReorderBuffer.Held>> buffer = Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(Names.Stores.CLUSTERING_BUFFER), Serdes.String(),
                        JsonSerde.of(ReorderBuffer.Held.class))
                .withLoggingEnabled(java.util.Map.of());
        return Set.of(sketches, articles, terms, buffer);
    }

    @Override
    public Processor<String, CleanArticle, String, StoryEvent> get() {
        return new ClusteringProcessor(config, buffered);
    }

    /** One per task; the stage runs on a single partition, so one in all. */
    static final class ClusteringProcessor implements Processor<String, CleanArticle, String, StoryEvent> {
        private final ClusterConfig config;
        private final LongConsumer buffered;
        private ProcessorContext<String, StoryEvent> context;
        private StoryClusterer clusterer;
        private ReorderBuffer buffer;
        private boolean rebuilt;

        ClusteringProcessor(ClusterConfig config, LongConsumer buffered) {
            this.config = config;
            this.buffered = buffered;
        }

        @Override
        public void init(ProcessorContext<String, StoryEvent> context) {
            this.context = context;
            this.clusterer = new StoryClusterer(config, new StoreState(context));
            this.buffer = new ReorderBuffer(context.getStateStore(Names.Stores.CLUSTERING_BUFFER), config.reorderGrace(),
                    buffered);
            this.rebuilt = false;
            if (!config.reorderGrace().isZero()) {
                Duration every = Duration.ofMillis(Math.max(100, config.reorderGrace().toMillis() / 4));
                context.schedule(every, PunctuationType.WALL_CLOCK_TIME, now -> buffer.idle(now, this::cluster));
            }
        }

        @Override
        public void process(Record<String, CleanArticle> record) {
            CleanArticle article = record.value();
            if (article == null || article.article() == null) {
                return;
            }
            buffer.add(article, record.timestamp(), context.currentSystemTimeMs(), this::cluster);
        }

        private void cluster(ReorderBuffer.Held held) {
            if (!rebuilt) { // stores are restored by now; the indexes are caches of them
                clusterer.rebuild();
                rebuilt = true;
            }
            for (StoryEvent event : clusterer.process(held.article(), held.timestamp())) {
                context.forward(new Record<>(event.story(), event, held.timestamp()));
            }
        }
    }
}
