package org.wirefold.processor.topology;

import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.wirefold.common.Names;
import org.wirefold.processor.model.CleanArticle;

/**
 * Keyed by content hash: remembers the first article of every hash for the retention period (a window store, so old
 * hashes drop out by themselves) and marks later articles with the same hash as its exact duplicates. "First" is
 * the copy ingested first, not the one that arrived first: copies published on different partitions can arrive here
 * in either order, and story clustering, which takes articles in ingest order, must meet the first copy before its
 * duplicates. A copy ingested before the remembered one passes as an original and becomes the first.
 */
final class ExactDeduplicator implements FixedKeyProcessor<String, CleanArticle, CleanArticle> {
    private final Duration retention;
    private FixedKeyProcessorContext<String, CleanArticle> context;
    private WindowStore<String, String> firstIds;

    ExactDeduplicator(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, CleanArticle> context) {
        this.context = context;
        this.firstIds = context.getStateStore(Names.Stores.CONTENT_HASHES);
    }

    @Override
    public void process(FixedKeyRecord<String, CleanArticle> record) {
        long ts = record.timestamp();
        String first = null;
        long firstIngested = Long.MAX_VALUE;
        try (WindowStoreIterator<String> it = firstIds.fetch(record.key(), ts - retention.toMillis(), ts + retention.toMillis())) {
            while (it.hasNext()) {
                String entry = it.next().value;
                long at = ingestedOf(entry);
                if (first == null || at < firstIngested) {
                    first = idOf(entry);
                    firstIngested = at;
                }
            }
        }
        long mine = record.value().ingestedMicros(Long.MAX_VALUE);
        if (first == null || mine < firstIngested) {
            firstIds.put(record.key(), mine + "|" + record.value().id(), ts);
            context.forward(record);
        } else {
            context.forward(record.withValue(record.value().asExactDuplicateOf(first)));
        }
    }

    /** Entry {@code <ingested µs>|<id>}; a bare id (written before ingest times were kept) counts as earliest. */
    private static long ingestedOf(String entry) {
        int bar = entry.indexOf('|');
        try {
            return bar < 0 ? Long.MIN_VALUE : Long.parseLong(entry.substring(0, bar));
        } catch (NumberFormatException legacyIdWithBar) {
            return Long.MIN_VALUE;
        }
    }

    private static String idOf(String entry) {
        return ingestedOf(entry) == Long.MIN_VALUE ? entry : entry.substring(entry.indexOf('|') + 1);
    }
}
