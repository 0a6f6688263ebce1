package org.wirefold.processor.topology;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.wirefold.common.Names.Steps;
import org.wirefold.common.Names.Topics;
import org.wirefold.common.model.ArticleResult;
import org.wirefold.common.model.Story;
import org.wirefold.processor.config.ProcessorSettings;
import org.wirefold.processor.facts.FactConsolidator;
import org.wirefold.processor.facts.FactExtractor;
import org.wirefold.processor.facts.PeopleExtractor;
import org.wirefold.processor.model.AggregateInput;
import org.wirefold.processor.model.AggregateOutput;
import org.wirefold.processor.model.AggregateOutput.Kind;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.model.StoryEvent;
import org.wirefold.processor.story.ClusterConfig;
import org.wirefold.processor.story.StoryClustering;
import org.wirefold.processor.text.Boilerplate;

import static org.wirefold.common.Names.Stores.CONTENT_HASHES;
import static org.wirefold.common.Names.Stores.STORY_AGGREGATES;
import static org.wirefold.common.serde.Serdes.ARTICLE_RESULT;
import static org.wirefold.common.serde.Serdes.DEAD_LETTER;
import static org.wirefold.common.serde.Serdes.STORY;
import static org.wirefold.processor.serde.ProcessorSerdes.AGGREGATE_INPUT;
import static org.wirefold.processor.serde.ProcessorSerdes.CLEAN_ARTICLE;
import static org.wirefold.processor.serde.ProcessorSerdes.STORY_AGGREGATE;
import static org.wirefold.processor.serde.ProcessorSerdes.STORY_EVENT;

/**
 * The processor's Kafka Streams topology: configuration in, {@link Topology} out, no I/O.
 *
 * <p>Reads {@code raw-articles} (article id → JSON bytes) and the {@code story-merges} loop. Writes
 * {@code dead-letter} (rejects, reason in headers and value), {@code article-results} (one outcome per article),
 * {@code story-updates} (the consolidated story after every change, tombstone on expiry) and {@code story-merges}.
 *
 * <p>Steps: validate → clean and extract facts (parallel, per partition) → exact de-duplication keyed by content
 * hash → story clustering on a single partition (the one global view) → aggregation keyed by story id.
 */
public final class ProcessorTopology {
    private ProcessorTopology() {
    }

    public static Topology build(ProcessorSettings settings, ClusterConfig cluster, MeterRegistry registry) {
        ProcessorMetrics metrics = new ProcessorMetrics(registry);
        ArticleValidator validator = new ArticleValidator(settings.maxTextChars());
        ArticleCleaner cleaner = new ArticleCleaner(new Boilerplate(), new FactExtractor(), new PeopleExtractor(), metrics);
        StoryAggregates aggregates = new StoryAggregates(new FactConsolidator(), new PeopleExtractor(), settings.maxMembers(),
                settings.maxFactArticles());
        StreamsBuilder builder = new StreamsBuilder();

        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(CONTENT_HASHES, settings.dedupRetention().multipliedBy(2),
                        settings.dedupRetention(), false), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORY_AGGREGATES), Serdes.String(), STORY_AGGREGATE));

        // Read raw bytes, so that no input can stop the stream: validation decides what is an article.
        KStream<String, Validated> validated = builder
                .stream(Topics.RAW_ARTICLES, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(Steps.READ_RAW))
                .processValues(() -> new ValidateProcessor(validator, metrics), Named.as(Steps.VALIDATE));

        // Split valid articles from rejects.
        var branches = validated.split(Named.as(Steps.VALIDATE + "-"))
                .branch((id, v) -> v.valid(), Branched.as(Steps.VALID_BRANCH))
                .defaultBranch(Branched.as(Steps.REJECTED_BRANCH));
        KStream<String, Validated> rejected = branches.get(Steps.VALIDATE + "-" + Steps.REJECTED_BRANCH);
        KStream<String, Validated> valid = branches.get(Steps.VALIDATE + "-" + Steps.VALID_BRANCH);

        // Rejects go to the dead-letter topic with their reason, and are reported as rejected articles.
        rejected.processValues(DeadLetterRouter::new, Named.as("dead-letter-headers"))
                .to(Topics.DEAD_LETTER, Produced.with(Serdes.String(), DEAD_LETTER).withName(Steps.TO_DEAD_LETTER));
        rejected.mapValues(v -> new ArticleResult(v.rejection().key(), null, null, ArticleResult.REJECTED,
                        v.rejection().reason(), List.of()), Named.as("rejected-result"))
                .to(Topics.ARTICLE_RESULTS, Produced.with(Serdes.String(), ARTICLE_RESULT).withName("to-article-results-rejected"));

        // Per article and stateless: strip boilerplate, hash the normalised text, read facts and people.
        KStream<String, CleanArticle> clean = valid.mapValues(v -> cleaner.clean(v.article()), Named.as(Steps.EXTRACT));

        // Exact duplicates: same normalised text means same content hash, so one task sees all copies.
        KStream<String, CleanArticle> deduplicated = clean
                .selectKey((id, a) -> a.contentHash(), Named.as("key-by-content-hash"))
                .repartition(Repartitioned.<String, CleanArticle>as(Steps.BY_CONTENT_HASH)
                        .withKeySerde(Serdes.String()).withValueSerde(CLEAN_ARTICLE))
                .processValues(() -> new ExactDeduplicator(settings.dedupRetention()), Named.as(Steps.DEDUP_EXACT),
                        CONTENT_HASHES);

        // Story clustering needs every recent story in view: one partition, the stated ceiling of one instance.
        KStream<String, AggregateInput> decisions = deduplicated
                .selectKey((hash, a) -> a.id(), Named.as("key-by-article"))
                .repartition(Repartitioned.<String, CleanArticle>as(Steps.TO_CLUSTERING)
                        .withKeySerde(Serdes.String()).withValueSerde(CLEAN_ARTICLE).withNumberOfPartitions(1))
                .process(new StoryClustering(cluster, metrics::clusteringBuffered), Named.as(Steps.CLUSTER))
                .repartition(Repartitioned.<String, StoryEvent>as(Steps.BY_STORY).withKeySerde(Serdes.String()).withValueSerde(STORY_EVENT)
                        .withNumberOfPartitions(settings.partitions()))
                .mapValues(AggregateInput::of, Named.as("as-aggregate-input"));

        // Aggregates of merged-away stories come back keyed by the story that absorbs them.
        KStream<String, AggregateInput> merges = builder.stream(Topics.STORY_MERGES,
                Consumed.with(Serdes.String(), AGGREGATE_INPUT).withName(Steps.READ_MERGES));

        // Per story: members, facts consolidated across outlets, people; emitted after every change.
        KStream<String, AggregateOutput> outputs = decisions.merge(merges, Named.as("with-merges"))
                .process(() -> new StoryAggregator(aggregates, settings.storyRetention(), metrics),
                        Named.as(Steps.AGGREGATE), STORY_AGGREGATES);

        // Route each output kind to its topic.
        outputs.split(Named.as("emit-"))
                .branch((k, o) -> o.kind() == Kind.STORY || o.kind() == Kind.TOMBSTONE, Branched.withConsumer(s -> s
                        .mapValues(o -> (Story) o.story(), Named.as("story-document"))
                        .to(Topics.STORY_UPDATES, Produced.with(Serdes.String(), STORY).withName(Steps.TO_STORY_UPDATES)),
                        "stories"))
                .branch((k, o) -> o.kind() == Kind.RESULT, Branched.withConsumer(s -> s
                        .mapValues(AggregateOutput::result, Named.as("article-result"))
                        .to(Topics.ARTICLE_RESULTS, Produced.with(Serdes.String(), ARTICLE_RESULT).withName(Steps.TO_ARTICLE_RESULTS)),
                        "results"))
                .branch((k, o) -> o.kind() == Kind.LOOP, Branched.withConsumer(s -> s
                        .mapValues(AggregateOutput::loop, Named.as("merge-input"))
                        .to(Topics.STORY_MERGES, Produced.with(Serdes.String(), AGGREGATE_INPUT).withName(Steps.TO_STORY_MERGES)),
                        "merges"))
                .noDefaultBranch();
        return builder.build();
    }
}
