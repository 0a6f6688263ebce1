package org.wirefold.processor.topology;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.wirefold.common.Names;
import org.wirefold.common.model.DeadLetter;

/** Turns a rejection into its dead letter, with reason, stage and origin also in the record headers. */
final class DeadLetterRouter implements FixedKeyProcessor<String, Validated, DeadLetter> {
    private FixedKeyProcessorContext<String, DeadLetter> context;

    @Override
    public void init(FixedKeyProcessorContext<String, DeadLetter> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Validated> record) {
        DeadLetter letter = record.value().rejection();
        Headers headers = record.headers();
        headers.remove(Names.Headers.REASON).remove(Names.Headers.STAGE).remove(Names.Headers.ORIGIN);
        headers.add(Names.Headers.REASON, letter.reason().getBytes(StandardCharsets.UTF_8));
        headers.add(Names.Headers.STAGE, letter.stage().getBytes(StandardCharsets.UTF_8));
        headers.add(Names.Headers.ORIGIN, letter.origin().getBytes(StandardCharsets.UTF_8));
        context.forward(record.withValue(letter));
    }
}
