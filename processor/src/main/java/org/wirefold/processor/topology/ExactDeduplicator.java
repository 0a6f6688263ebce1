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
 * Keyed by content hash: remembers the first article id of every hash for the retention period (a window store,
 * so old hashes drop out by themselves) and marks later articles with the same hash as its exact duplicates.
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
        try (WindowStoreIterator<String> it = firstIds.fetch(record.key(), ts - retention.toMillis(), ts + retention.toMillis())) {
            if (it.hasNext()) {
                first = it.next().value;
            }
        }
        if (first == null) {
            firstIds.put(record.key(), record.value().id(), ts);
            context.forward(record);
        } else {
            context.forward(record.withValue(record.value().asExactDuplicateOf(first)));
        }
    }
}
