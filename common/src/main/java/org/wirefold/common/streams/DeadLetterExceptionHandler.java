package org.wirefold.common.streams;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirefold.common.Names;
import org.wirefold.common.model.DeadLetter;
import org.wirefold.common.serde.Json;

/**
 * When a record cannot be read or processed (a bug, an unforeseen input), logs it, writes a {@link DeadLetter}
 * with the reason to {@code dead-letter}, and lets the stream go on: one bad record never stops the pipeline.
 * Kafka Streams sends the dead letter in the same transaction as the task's output.
 */
public final class DeadLetterExceptionHandler implements ProcessingExceptionHandler, DeserializationExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterExceptionHandler.class);

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                           Exception exception) {
        String payload = record.value() == null ? null : safeJson(record.value());
        return ProcessingExceptionHandler.Response.resume(List.of(
                deadLetter(context, "processing-error", record.key() == null ? null : record.key().toString(), payload, exception)));
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                                ConsumerRecord<byte[], byte[]> record, Exception exception) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        String payload = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        return DeserializationExceptionHandler.Response.resume(List.of(
                deadLetter(context, "unreadable-record", key, payload, exception)));
    }

    private static ProducerRecord<byte[], byte[]> deadLetter(ErrorHandlerContext context, String reason, String key,
                                                             String payload, Exception exception) {
        String origin = context.topic() + "-" + context.partition() + "@" + context.offset();
        String stage = context.processorNodeId() == null ? "streams" : context.processorNodeId();
        LOG.error("{} at {} in {}: {}; written to {}", reason, origin, stage, exception.toString(), Names.Topics.DEAD_LETTER, exception);
        DeadLetter letter = new DeadLetter(stage, reason, exception.toString(), origin, key, DeadLetter.preview(payload),
                Instant.now());
        RecordHeaders headers = new RecordHeaders();
        headers.add(Names.Headers.REASON, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(Names.Headers.STAGE, stage.getBytes(StandardCharsets.UTF_8));
        headers.add(Names.Headers.ORIGIN, origin.getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(Names.Topics.DEAD_LETTER, null,
                key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                Json.write(letter).getBytes(StandardCharsets.UTF_8), headers);
    }

    private static String safeJson(Object value) {
        try {
            return Json.write(value);
        } catch (RuntimeException e) {
            return String.valueOf(value);
        }
    }
}
