package org.wirefold.processor.topology;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Validates each raw record, naming its origin ({@code topic-partition@offset}) for the dead letter. */
final class ValidateProcessor implements FixedKeyProcessor<String, byte[], Validated> {
    private final ArticleValidator validator;
    private final ProcessorMetrics metrics;
    private FixedKeyProcessorContext<String, Validated> context;

    ValidateProcessor(ArticleValidator validator, ProcessorMetrics metrics) {
        this.validator = validator;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Validated> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        String origin = context.recordMetadata()
                .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset())
                .orElse("unknown");
        Validated result = validator.validate(record.key(), record.value(), origin, Instant.ofEpochMilli(record.timestamp()));
        if (result.valid()) {
            metrics.processed();
        } else {
            metrics.rejected(result.rejection().reason());
        }
        context.forward(record.withValue(result));
    }
}
