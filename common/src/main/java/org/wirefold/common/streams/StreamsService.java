package org.wirefold.common.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirefold.common.config.ConfigException;
import org.wirefold.common.config.ConfigKey;
import org.wirefold.common.config.WirefoldConfig;

/**
 * Runs one Kafka Streams topology as a service: Kafka settings from the layered configuration, Micrometer's
 * Kafka Streams binder, an explicit policy for uncaught stream-thread errors, readiness and bounded shutdown.
 */
public final class StreamsService implements AutoCloseable {
    public static final ConfigKey ON_ERROR = ConfigKey.optional("wirefold.streams.on-error", "replace-thread",
            "Uncaught stream-thread error policy: replace-thread (log, restart the thread from the last commit), "
                    + "shutdown-client or shutdown-application");
    private static final Logger LOG = LoggerFactory.getLogger(StreamsService.class);

    private final String name;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics binder;

    private StreamsService(String name, KafkaStreams streams, KafkaStreamsMetrics binder) {
        this.name = name;
        this.streams = streams;
        this.binder = binder;
    }

    /** Builds and starts the service; returns at once (use {@link #ready()} or {@link #awaitRunning}). */
    public static StreamsService start(String name, Topology topology, WirefoldConfig config, MeterRegistry registry) {
        StreamThreadExceptionResponse policy = policy(config.get(ON_ERROR.name(), ON_ERROR.defaultValue()));
        Properties props = new Properties();
        // Defaults a bad record cannot defeat: it goes to the dead-letter topic and the stream goes on.
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterExceptionHandler.class.getName());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterExceptionHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        props.putAll(config.kafkaProperties());
        KafkaStreams streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("{}: uncaught error in a stream thread; policy {}", name, policy, e);
            return policy;
        });
        streams.setStateListener((now, before) -> LOG.info("{}: {} -> {}", name, before, now));
        KafkaStreamsMetrics binder = new KafkaStreamsMetrics(streams);
        binder.bindTo(registry);
        streams.start();
        return new StreamsService(name, streams, binder);
    }

    static StreamThreadExceptionResponse policy(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "replace-thread" -> StreamThreadExceptionResponse.REPLACE_THREAD;
            case "shutdown-client" -> StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            case "shutdown-application" -> StreamThreadExceptionResponse.SHUTDOWN_APPLICATION;
            default -> throw new ConfigException("Invalid value for '" + ON_ERROR.name() + "': '" + value
                    + "' (expected replace-thread, shutdown-client or shutdown-application)");
        };
    }

    /** True while the instance is RUNNING: the readiness probe. */
    public boolean ready() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    /** True unless the instance has failed or stopped: the liveness of the streams part. */
    public boolean alive() {
        KafkaStreams.State s = streams.state();
        return s != KafkaStreams.State.ERROR && s != KafkaStreams.State.NOT_RUNNING && s != KafkaStreams.State.PENDING_ERROR;
    }

    /** Waits until RUNNING; false on timeout or failure. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ready()) {
                return true;
            }
            if (!alive()) {
                return false;
            }
            Thread.sleep(50);
        }
        return ready();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Closes within {@code timeout}: commits what was processed, so nothing is lost under exactly-once. */
    public void close(Duration timeout) {
        boolean clean = streams.close(timeout);
        binder.close();
        if (!clean) {
            LOG.warn("{}: did not close within {}", name, timeout);
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
