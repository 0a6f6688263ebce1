package org.wirefold.launcher.cli;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import org.wirefold.common.config.ConfigKey;
import org.wirefold.common.config.TopicSetup;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.common.metrics.Metrics;
import org.wirefold.common.metrics.MetricsServer;
import org.wirefold.common.streams.StreamsService;
import org.wirefold.processor.app.ProcessorApp;
import org.wirefold.processor.config.ProcessorKeys;
import org.wirefold.sink.app.SinkApp;
import org.wirefold.sink.config.SinkKeys;

/**
 * {@code wirefold processor} and {@code wirefold sink}: one Kafka Streams service against any Kafka cluster, as in
 * production. Creates missing topics, serves {@code /metrics} and {@code /health}, and stops cleanly on SIGTERM.
 */
final class ServiceCommand implements Command {
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);

    private final String name;
    private final String summary;
    private final List<ConfigKey> keys;
    private final BiFunction<WirefoldConfig, MeterRegistry, StreamsService> starter;

    private ServiceCommand(String name, String summary, List<ConfigKey> keys,
                           BiFunction<WirefoldConfig, MeterRegistry, StreamsService> starter) {
        this.name = name;
        this.summary = summary;
        this.keys = keys;
        this.starter = starter;
    }

    static ServiceCommand processor() {
        return new ServiceCommand("processor", "run the processor (validation, de-duplication, stories, facts)",
                ProcessorKeys.ALL, ProcessorApp::start);
    }

    static ServiceCommand sink() {
        return new ServiceCommand("sink", "run the sink (story-state and fact-updates topics)", SinkKeys.ALL, SinkApp::start);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public String help() {
        return "Usage: wirefold " + name + " --bootstrap-servers HOST:PORT [options]\n\n" + summary + ".\n"
                + "Runs until SIGTERM or Ctrl-C, then closes within " + SHUTDOWN.toSeconds() + " s, committing what it"
                + " processed. More instances with the same application.id share the work.\n\n"
                + ConfigOptions.help(keys);
    }

    @Override
    public Set<String> valuedOptions() {
        return ConfigOptions.VALUED;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        WirefoldConfig config = ConfigOptions.load(args, keys);
        err.println("wirefold " + name + " starting with:\n" + config.describe());
        TopicSetup.ensure(config);
        PrometheusMeterRegistry registry = Metrics.registry(name, config.get("wirefold.instance"));
        StreamsService service = starter.apply(config, registry);
        int port = config.getInt("wirefold.metrics.port");
        MetricsServer server = port < 0 ? null : MetricsServer.start(port, registry, service::ready);
        if (server != null) {
            err.printf("metrics on http://localhost:%d/metrics, readiness on /health/ready%n", server.port());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        Thread hook = new Thread(() -> {
            stopping.set(true);
            err.println("wirefold " + name + ": stopping");
            service.close(SHUTDOWN);
            if (server != null) {
                server.close();
            }
            stopped.countDown();
        }, name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        while (service.alive() && !stopping.get()) {
            Thread.sleep(500);
        }
        if (!stopping.get()) {
            err.println("wirefold " + name + ": the Kafka Streams instance stopped (" + service.streams().state() + ")");
            return 1;
        }
        stopped.await();
        return 0;
    }
}
