package org.wirefold.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.wirefold.common.metrics.MetricNames;
import org.wirefold.ingest.source.RejectReason;

/**
 * The ingest service's meters; names come from {@link MetricNames}, which the dashboards and alerts use.
 * The Prometheus registry shows these counters with {@code _total}: {@code wirefold_ingest_articles_total},
 * {@code wirefold_ingest_rejected_total{reason}}, {@code wirefold_ingest_failed_total},
 * {@code wirefold_dead_letter_total{stage="ingest"}}.
 */
public final class IngestMetrics {
    /** Articles published to {@code raw-articles} (acknowledged by the broker). */
    public static final String ARTICLES = MetricNames.INGEST_ARTICLES;
    /** Input records rejected, tag {@link #REASON}. */
    public static final String REJECTED = MetricNames.INGEST_REJECTED;
    /** Records (articles or dead letters) that could not be written. */
    public static final String FAILED = "wirefold.ingest.failed";
    /** Records written to {@code dead-letter}, tag {@link #STAGE}; shared with the processor. */
    public static final String DEAD_LETTER = MetricNames.DEAD_LETTER;
    public static final String REASON = MetricNames.TAG_REASON;
    public static final String STAGE = MetricNames.TAG_STAGE;
    /** The stage name of ingest in dead letters and metrics. */
    public static final String STAGE_INGEST = "ingest";

    private final Counter articles;
    private final Counter failed;
    private final Counter deadLetters;
    private final Map<RejectReason, Counter> rejected = new EnumMap<>(RejectReason.class);

    public IngestMetrics(MeterRegistry registry) {
        articles = Counter.builder(ARTICLES).description("Articles published to raw-articles").register(registry);
        failed = Counter.builder(FAILED).description("Articles or dead letters that could not be written to Kafka")
                .register(registry);
        // Same description as the processor's meter of this name: one metric family in a shared registry.
        deadLetters = Counter.builder(DEAD_LETTER).description("Records written to the dead-letter topic, by stage")
                .tag(STAGE, STAGE_INGEST).register(registry);
        for (RejectReason reason : RejectReason.values()) {
            rejected.put(reason, Counter.builder(REJECTED).description("Input records rejected by ingest, by reason")
                    .tag(REASON, reason.code()).register(registry));
        }
    }

    void published() {
        articles.increment();
    }

    void failed() {
        failed.increment();
    }

    void deadLettered() {
        deadLetters.increment();
    }

    void rejected(RejectReason reason) {
        rejected.get(reason).increment();
    }
}
