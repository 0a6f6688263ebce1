package org.wirefold.launcher.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, combined {@code broker,controller} roles) running
 * inside this JVM, for the default run and the integration tests.
 *
 * <p>Storage is formatted through {@link StorageTool} (exactly what {@code kafka-storage.sh format}
 * does), then a {@link KafkaRaftServer} is started on two free loopback ports (PLAINTEXT for
 * clients, CONTROLLER for the Raft quorum). Everything is tuned for one node: replication factors
 * and min ISR of 1 for the internal topics (so transactions and exactly-once Streams work), no
 * initial rebalance delay, a small log-cleaner buffer, and no topic auto-creation.
 *
 * <p>With a {@code null} data directory a fresh temporary directory is used and deleted on
 * {@link #close()}; with a given directory the data survives restarts (it is formatted only once).
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaRaftServer server;
    private final Path dataDir;
    private final boolean deleteOnClose;
    private final String bootstrapServers;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, Path dataDir, boolean deleteOnClose, String bootstrapServers) {
        this.server = server;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats (if needed) and starts a broker and waits until it answers metadata requests.
     *
     * @param dataDir directory for the log and metadata data, or {@code null} for a temporary
     *                directory that is deleted on {@link #close()}
     * @return the running broker
     * @throws Exception if formatting or start-up fails or the broker is not ready within 60 s
     */
    public static EmbeddedKafka start(Path dataDir) throws Exception {
        long started = System.nanoTime();
        boolean temporary = dataDir == null;
        Path root = temporary ? Files.createTempDirectory("wirefold-kafka-") : Files.createDirectories(dataDir);
        Path logDir = root.resolve("kraft-logs");
        int[] ports = freePorts(2);
        Properties props = brokerProperties(logDir, ports[0], ports[1]);
        KafkaRaftServer server = null;
        try {
            format(root, logDir, props);
            server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            server.startup();
            EmbeddedKafka kafka = new EmbeddedKafka(server, root, temporary, HOST + ":" + ports[0]);
            kafka.awaitReady();
            LOG.info("Embedded Kafka {} ready in {} ms (data in {})", kafka.bootstrapServers,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), root);
            return kafka;
        } catch (Exception | Error e) {
            if (server != null) {
                stopQuietly(server);
            }
            if (temporary) {
                deleteRecursively(root);
            }
            throw e;
        }
    }

    /**
     * The address clients connect to.
     *
     * @return the {@code bootstrap.servers} value, e.g. {@code 127.0.0.1:40123}
     */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Where the broker keeps its data (visible for tests). */
    Path dataDir() {
        return dataDir;
    }

    /**
     * Creates topics with replication factor 1. Existing topics are left as they are.
     *
     * @param names      topic names
     * @param partitions partition count for new topics
     * @param compacted  names (a subset of, or in addition to, {@code names}) created with
     *                   {@code cleanup.policy=compact}; any name here is created too
     * @throws Exception if the broker rejects a topic for another reason than that it exists
     */
    public void createTopics(Collection<String> names, int partitions, Collection<String> compacted) throws Exception {
        Set<String> all = new HashSet<>(names);
        all.addAll(compacted);
        if (all.isEmpty()) {
            return;
        }
        List<NewTopic> topics = new ArrayList<>();
        for (String name : all) {
            NewTopic topic = new NewTopic(name, partitions, (short) 1);
            if (compacted.contains(name)) {
                topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            }
            topics.add(topic);
        }
        try (Admin admin = admin()) {
            var futures = admin.createTopics(topics).values();
            for (var entry : futures.entrySet()) {
                try {
                    entry.getValue().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + entry.getKey(), e.getCause());
                    }
                }
            }
        }
    }

    /** Stops the broker (within a few seconds) and deletes the data if it was a temporary directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long started = System.nanoTime();
        stopQuietly(server);
        if (deleteOnClose) {
            deleteRecursively(dataDir);
        }
        LOG.info("Embedded Kafka stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
        return Admin.create(props);
    }

    /** Waits until the broker is registered and unfenced, i.e. it lists itself as a live node. */
    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = admin()) {
            Exception last = null;
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    last = e;
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("Embedded Kafka not ready within " + READY_TIMEOUT, last);
        }
    }

    static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("num.partitions", "3");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("share.coordinator.state.topic.num.partitions", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("delete.topic.enable", "true");
        // The cleaner would otherwise allocate a 128 MB dedupe buffer on the heap.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");
        p.put("log.cleaner.backoff.ms", "1000");
        // Small segments so compaction of compacted topics can actually happen on small data.
        p.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("controller.quorum.election.timeout.ms", "1000");
        p.put("controller.quorum.fetch.timeout.ms", "2000");
        p.put("broker.heartbeat.interval.ms", "500");
        p.put("broker.session.timeout.ms", "9000");
        return p;
    }

    /** Formats the log directory with a fresh cluster id unless it already holds a formatted node. */
    private static void format(Path root, Path logDir, Properties props) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        Path configFile = root.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            props.store(out, "Wirefold embedded Kafka (written for kafka-storage format)");
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int rc;
        try (PrintStream printStream = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            String[] args = {"format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", configFile.toString(), "--ignore-formatted"};
            rc = StorageTool.execute(args, printStream);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        if (rc != 0) {
            throw new IOException("Formatting Kafka storage failed (" + rc + "): " + output);
        }
        LOG.debug("Formatted Kafka storage: {}", output);
    }

    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName(HOST));
                socket.setReuseAddress(true);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static void stopQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Error while stopping embedded Kafka", e);
        }
    }

    private static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.debug("Could not delete {}: {}", path, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not delete Kafka data in {}: {}", root, e.toString());
        }
    }
}
