package org.wirefold.common.metrics;

import java.util.List;

/**
 * Names of Wirefold's own (domain) metrics, as registered with Micrometer, and the Prometheus series
 * they produce. Alert rules ({@code ops/prometheus/alerts.yml}) and the Grafana dashboard
 * ({@code ops/grafana/dashboards/wirefold.json}) use only these series, the Kafka client / Streams
 * series of Micrometer's {@code KafkaClientMetrics} / {@code KafkaStreamsMetrics} binders, and the
 * JVM/process series of {@link Metrics}; a test in the launcher checks that.
 *
 * <p>Micrometer → Prometheus: dots become underscores, counters get {@code _total}, timers (base
 * unit seconds) become {@code _seconds_count}, {@code _seconds_sum}, {@code _seconds_max} and, when
 * registered with {@code publishPercentileHistogram()}, {@code _seconds_bucket}. A counter name must not
 * end in {@code .created}, {@code .info}, {@code .bucket} or {@code .total}: the Prometheus client strips
 * these suffixes (checked with Micrometer 1.17: {@code a.created} is exported as {@code a_total}). Every series also
 * carries the common tags {@code service} and {@code instance} (see {@link Metrics#registry}).
 *
 * <table>
 *   <caption>Domain metrics</caption>
 *   <tr><th>Constant</th><th>Type, tags</th><th>Prometheus series</th><th>Service</th></tr>
 *   <tr><td>{@link #INGEST_ARTICLES}</td><td>counter</td><td>{@code wirefold_ingest_articles_total}</td><td>ingest</td></tr>
 *   <tr><td>{@link #INGEST_REJECTED}</td><td>counter, {@code reason}</td><td>{@code wirefold_ingest_rejected_total}</td><td>ingest</td></tr>
 *   <tr><td>{@link #ARTICLES_PROCESSED}</td><td>counter</td><td>{@code wirefold_articles_processed_total}</td><td>processor</td></tr>
 *   <tr><td>{@link #ARTICLES_REJECTED}</td><td>counter, {@code reason}</td><td>{@code wirefold_articles_rejected_total}</td><td>processor</td></tr>
 *   <tr><td>{@link #DUPLICATES}</td><td>counter, {@code kind}=exact|near</td><td>{@code wirefold_duplicates_total}</td><td>processor</td></tr>
 *   <tr><td>{@link #STORIES_CREATED}</td><td>counter</td><td>{@code wirefold_stories_new_total}</td><td>processor</td></tr>
 *   <tr><td>{@link #STORIES_MERGED}</td><td>counter</td><td>{@code wirefold_stories_merged_total}</td><td>processor</td></tr>
 *   <tr><td>{@link #STORIES_SPLIT}</td><td>counter</td><td>{@code wirefold_stories_split_total}</td><td>processor</td></tr>
 *   <tr><td>{@link #STORIES_LIVE}</td><td>gauge</td><td>{@code wirefold_stories_live}</td><td>processor</td></tr>
 *   <tr><td>{@link #CLUSTERING_BUFFERED}</td><td>gauge</td><td>{@code wirefold_clustering_buffered}</td><td>processor</td></tr>
 *   <tr><td>{@link #FACTS_EXTRACTED}</td><td>counter</td><td>{@code wirefold_facts_extracted_total}</td><td>processor</td></tr>
 *   <tr><td>{@link #STORY_UPDATE_LATENCY}</td><td>timer with percentile histogram</td>
 *       <td>{@code wirefold_story_update_latency_seconds_bucket|_count|_sum|_max}</td><td>processor</td></tr>
 *   <tr><td>{@link #FACT_UPDATES}</td><td>counter, {@code reason}</td><td>{@code wirefold_fact_updates_total}</td><td>sink</td></tr>
 *   <tr><td>{@link #STORY_DOCUMENTS}</td><td>counter</td><td>{@code wirefold_story_documents_total}</td><td>sink</td></tr>
 *   <tr><td>{@link #DEAD_LETTER}</td><td>counter, {@code stage}</td><td>{@code wirefold_dead_letter_total}</td><td>all</td></tr>
 * </table>
 */
public final class MetricNames {

    /** Tag: why an article or record was rejected / why a fact update was published. */
    public static final String TAG_REASON = "reason";
    /** Tag on {@link #DUPLICATES}: {@link #KIND_EXACT} or {@link #KIND_NEAR}. */
    public static final String TAG_KIND = "kind";
    /** Tag on {@link #DEAD_LETTER}: the stage that rejected the record (ingest, validate, …). */
    public static final String TAG_STAGE = "stage";
    /** {@link #TAG_KIND} value: byte-identical after normalisation. */
    public static final String KIND_EXACT = "exact";
    /** {@link #TAG_KIND} value: near-duplicate (similar text) of an earlier article. */
    public static final String KIND_NEAR = "near";

    /** Ingest: articles published to {@code raw-articles}. Counter → {@code wirefold_ingest_articles_total}. */
    public static final String INGEST_ARTICLES = "wirefold.ingest.articles";
    /** Ingest: input rejected, tag {@code reason}. Counter → {@code wirefold_ingest_rejected_total}. */
    public static final String INGEST_REJECTED = "wirefold.ingest.rejected";

    /** Processor: articles taken through the topology. Counter → {@code wirefold_articles_processed_total}. */
    public static final String ARTICLES_PROCESSED = "wirefold.articles.processed";
    /** Processor: articles rejected by validation, tag {@code reason}. Counter → {@code wirefold_articles_rejected_total}. */
    public static final String ARTICLES_REJECTED = "wirefold.articles.rejected";
    /** Processor: duplicates found, tag {@code kind}. Counter → {@code wirefold_duplicates_total}. */
    public static final String DUPLICATES = "wirefold.duplicates";
    /**
     * Processor: new stories (opened by a first article). Counter → {@code wirefold_stories_new_total}.
     * Not {@code wirefold.stories.created}: the Prometheus client treats {@code _created} as a reserved
     * suffix and strips it, so that name would be exported as {@code wirefold_stories_total}.
     */
    public static final String STORIES_CREATED = "wirefold.stories.new";
    /** Processor: stories merged into another. Counter → {@code wirefold_stories_merged_total}. */
    public static final String STORIES_MERGED = "wirefold.stories.merged";
    /** Processor: stories split in two (two events covered by the same outlets). Counter → {@code wirefold_stories_split_total}. */
    public static final String STORIES_SPLIT = "wirefold.stories.split";
    /** Processor: stories currently held in state. Gauge → {@code wirefold_stories_live}. */
    public static final String STORIES_LIVE = "wirefold.stories.live";
    /** Processor: articles waiting in the clustering reorder buffer. Gauge → {@code wirefold_clustering_buffered}. */
    public static final String CLUSTERING_BUFFERED = "wirefold.clustering.buffered";
    /** Processor: facts extracted from articles. Counter → {@code wirefold_facts_extracted_total}. */
    public static final String FACTS_EXTRACTED = "wirefold.facts.extracted";
    /**
     * Processor: time from an article's arrival to the update of its story's state. Register as a
     * {@code Timer} with {@code publishPercentileHistogram()} so that
     * {@code wirefold_story_update_latency_seconds_bucket} exists (the dashboard's quantiles need it).
     */
    public static final String STORY_UPDATE_LATENCY = "wirefold.story.update.latency";

    /** Sink: fact-update records published, tag {@code reason}. Counter → {@code wirefold_fact_updates_total}. */
    public static final String FACT_UPDATES = "wirefold.fact.updates";
    /** Sink: story documents published to {@code story-state}. Counter → {@code wirefold_story_documents_total}. */
    public static final String STORY_DOCUMENTS = "wirefold.story.documents";

    /** All services: records sent to {@code dead-letter}, tag {@code stage}. Counter → {@code wirefold_dead_letter_total}. */
    public static final String DEAD_LETTER = "wirefold.dead.letter";

    /** Every Prometheus series name the domain metrics above produce. */
    public static final List<String> PROMETHEUS_NAMES = List.of(
            "wirefold_ingest_articles_total",
            "wirefold_ingest_rejected_total",
            "wirefold_articles_processed_total",
            "wirefold_articles_rejected_total",
            "wirefold_duplicates_total",
            "wirefold_stories_new_total",
            "wirefold_stories_merged_total",
            "wirefold_stories_split_total",
            "wirefold_stories_live",
            "wirefold_clustering_buffered",
            "wirefold_facts_extracted_total",
            "wirefold_story_update_latency_seconds_bucket",
            "wirefold_story_update_latency_seconds_count",
            "wirefold_story_update_latency_seconds_sum",
            "wirefold_story_update_latency_seconds_max",
            "wirefold_fact_updates_total",
            "wirefold_story_documents_total",
            "wirefold_dead_letter_total");

    private MetricNames() {
    }
}
