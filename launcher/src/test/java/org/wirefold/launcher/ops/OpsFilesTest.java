package org.wirefold.launcher.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.wirefold.common.Names;
import org.wirefold.common.config.ConfigKey;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.ingest.config.IngestKeys;
import org.wirefold.launcher.cli.Command;
import org.wirefold.launcher.cli.Commands;
import org.wirefold.processor.config.ProcessorKeys;
import org.wirefold.sink.config.SinkKeys;

class OpsFilesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = repoRoot();
    private static final Map<String, List<ConfigKey>> SERVICE_KEYS =
            Map.of("ingest", IngestKeys.ALL, "processor", ProcessorKeys.ALL, "sink", SinkKeys.ALL);

    @Test
    void shouldRunKafkaInKraftModeFromTheOfficialImageAtTheProjectKafkaVersion() throws IOException {
        JsonNode kafka = service("kafka");
        assertEquals("apache/kafka:" + AppInfoParser.getVersion(), kafka.path("image").asText());
        Map<String, String> env = environment(kafka);
        assertEquals(Set.of("broker", "controller"), Set.of(env.get("KAFKA_PROCESS_ROLES").split(",")));
        assertEquals(env.get("KAFKA_NODE_ID") + "@kafka:9093", env.get("KAFKA_CONTROLLER_QUORUM_VOTERS"));
        assertTrue(env.get("KAFKA_LISTENERS").contains(env.get("KAFKA_CONTROLLER_LISTENER_NAMES") + "://"));
        assertFalse(env.keySet().stream().anyMatch(k -> k.contains("ZOOKEEPER")), "no ZooKeeper in Kafka 4");
        for (String rf : List.of("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR")) {
            assertEquals("1", env.get(rf), rf);
        }
        assertEquals(22, env.get("CLUSTER_ID").length(), "CLUSTER_ID is a base64 Kafka UUID");
        assertTrue(kafka.path("healthcheck").path("test").toString().contains("--bootstrap-server localhost:9092"));
    }

    @Test
    void shouldRunEachServiceWithARealSubcommand() throws IOException {
        Set<String> subcommands = Commands.all().stream().map(Command::name).collect(Collectors.toSet());
        for (String name : SERVICE_KEYS.keySet()) {
            JsonNode svc = service(name);
            List<String> command = strings(svc.path("command"));
            assertEquals(name, command.get(0), "service " + name + " runs subcommand " + name);
            assertTrue(subcommands.contains(command.get(0)), command.get(0) + " is a wirefold subcommand " + subcommands);
            assertEquals(".", svc.path("build").asText(), name + " is built from the root Dockerfile");
        }
        List<String> ingest = strings(service("ingest").path("command"));
        assertEquals(List.of("ingest", "/feeds"), ingest);
        assertTrue(strings(service("ingest").path("volumes")).stream().anyMatch(v -> v.contains(":/feeds")),
                "the feed folder is mounted");
    }

    @Test
    void shouldSetOnlyRealConfigurationKeysInServiceEnvironments() throws IOException {
        List<String> problems = new ArrayList<>();
        for (var entry : SERVICE_KEYS.entrySet()) {
            String name = entry.getKey();
            Set<String> kafkaNames = kafkaClientNames(name);
            environment(service(name)).forEach((variable, value) -> {
                String problem = checkVariable(variable, value, entry.getValue(), kafkaNames);
                if (problem != null) {
                    problems.add(name + ": " + problem);
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void shouldPointServicesAtKafkaAndServeHealthOnTheirMetricsPort() throws IOException {
        Set<String> advertised = new HashSet<>();
        for (String listener : environment(service("kafka")).get("KAFKA_ADVERTISED_LISTENERS").split(",")) {
            advertised.add(listener.substring(listener.indexOf("://") + 3));
        }
        for (var entry : SERVICE_KEYS.entrySet()) {
            JsonNode svc = service(entry.getKey());
            Map<String, String> env = environment(svc);
            assertTrue(advertised.contains(env.get("WIREFOLD_KAFKA_BOOTSTRAP_SERVERS")),
                    entry.getKey() + " uses an advertised Kafka listener " + advertised);
            String port = env.get("WIREFOLD_METRICS_PORT");
            assertEquals(defaultOf(entry.getValue(), "wirefold.metrics.port"), port, entry.getKey() + " metrics port");
            String health = svc.path("healthcheck").path("test").toString();
            assertTrue(health.contains("localhost:" + port + "/health/ready"), entry.getKey() + " health: " + health);
            assertTrue(svc.path("depends_on").path("kafka").path("condition").asText().equals("service_healthy"));
        }
    }

    @Test
    void shouldCreateExactlyWirefoldTopicsInTopicInit() throws IOException {
        String script = strings(service("topic-init").path("command")).get(0);
        Set<String> topics = new TreeSet<>();
        Set<String> compacted = new TreeSet<>();
        Matcher m = Pattern.compile("--topic\\s+(\\S+)(.*)").matcher(script);
        while (m.find()) {
            topics.add(m.group(1));
            if (m.group(2).contains("cleanup.policy=compact")) {
                compacted.add(m.group(1));
            }
        }
        assertEquals(new TreeSet<>(Names.Topics.ALL), topics);
        assertEquals(new TreeSet<>(Names.Topics.COMPACTED), compacted);
    }

    @Test
    void shouldScrapeEveryServiceOnItsMetricsPortAndLoadTheAlertRules() throws IOException {
        JsonNode prometheus = YAML.readTree(ROOT.resolve("ops/prometheus/prometheus.yml").toFile());
        Map<String, String> targets = new TreeMap<>();
        for (JsonNode job : prometheus.path("scrape_configs")) {
            assertEquals("/metrics", job.path("metrics_path").asText("/metrics"));
            for (JsonNode config : job.path("static_configs")) {
                for (String target : strings(config.path("targets"))) {
                    targets.put(job.path("job_name").asText(), target);
                }
            }
        }
        Map<String, String> expected = new TreeMap<>();
        for (String name : SERVICE_KEYS.keySet()) {
            expected.put(name, name + ":" + environment(service(name)).get("WIREFOLD_METRICS_PORT"));
        }
        assertEquals(expected, targets);
        assertEquals(List.of("/etc/prometheus/alerts.yml"), strings(prometheus.path("rule_files")));
        assertTrue(strings(service("prometheus").path("volumes")).contains("./ops/prometheus:/etc/prometheus:ro"));
    }

    @Test
    void shouldUseOnlyExportedMetricsInAlertRules() throws IOException {
        JsonNode alerts = YAML.readTree(ROOT.resolve("ops/prometheus/alerts.yml").toFile());
        Map<String, String> exprs = new LinkedHashMap<>();
        for (JsonNode group : alerts.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String name = rule.path("alert").asText();
                assertFalse(name.isEmpty(), "every rule is an alert");
                assertFalse(rule.path("labels").path("severity").asText().isEmpty(), name + " has a severity");
                assertFalse(rule.path("annotations").path("summary").asText().isEmpty(), name + " has a summary");
                exprs.put(name, rule.path("expr").asText());
            }
        }
        assertUsesOnlyKnownMetrics(exprs);
        Set<String> used = exprs.values().stream().flatMap(e -> PromQl.metricNames(e).stream()).collect(Collectors.toSet());
        assertTrue(used.containsAll(List.of("wirefold_dead_letter_total", "kafka_consumer_fetch_manager_records_lag",
                "kafka_stream_alive_stream_threads", "kafka_stream_failed_stream_threads_total",
                "wirefold_ingest_articles_total", "wirefold_articles_processed_total", "wirefold_clustering_buffered")),
                "alerts cover " + used);
    }

    @Test
    void shouldUseOnlyExportedMetricsInTheDashboard() throws IOException {
        JsonNode dashboard = JSON.readTree(ROOT.resolve("ops/grafana/dashboards/wirefold.json").toFile());
        JsonNode datasources = YAML.readTree(ROOT.resolve("ops/grafana/provisioning/datasources/prometheus.yml").toFile());
        String uid = datasources.path("datasources").get(0).path("uid").asText();
        Map<String, String> exprs = new LinkedHashMap<>();
        for (JsonNode panel : dashboard.findParents("targets")) {
            assertEquals(uid, panel.path("datasource").path("uid").asText(), panel.path("title").asText());
            for (JsonNode target : panel.path("targets")) {
                exprs.put(panel.path("title").asText() + "/" + target.path("refId").asText(), target.path("expr").asText());
            }
        }
        assertTrue(exprs.size() >= 10, "dashboard has queries: " + exprs.size());
        assertUsesOnlyKnownMetrics(exprs);
        Set<String> used = exprs.values().stream().flatMap(e -> PromQl.metricNames(e).stream()).collect(Collectors.toSet());
        assertTrue(used.containsAll(List.of("wirefold_ingest_articles_total", "wirefold_articles_processed_total",
                "kafka_consumer_fetch_manager_records_lag", "wirefold_duplicates_total", "wirefold_stories_live",
                "wirefold_fact_updates_total", "wirefold_story_update_latency_seconds_bucket")), "dashboard covers " + used);
    }

    @Test
    void shouldProvisionGrafanaFromTheMountedOpsFolders() throws IOException {
        JsonNode providers = YAML.readTree(ROOT.resolve("ops/grafana/provisioning/dashboards/wirefold.yml").toFile());
        String path = providers.path("providers").get(0).path("options").path("path").asText();
        List<String> volumes = strings(service("grafana").path("volumes"));
        assertTrue(volumes.contains("./ops/grafana/dashboards:" + path + ":ro"), volumes.toString());
        assertTrue(volumes.contains("./ops/grafana/provisioning:/etc/grafana/provisioning:ro"), volumes.toString());
    }

    @Test
    void shouldBuildTheImageInTwoStagesAndRunTheLauncherJar() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertTrue(dockerfile.contains("FROM maven:3-eclipse-temurin-17 AS build"));
        assertTrue(dockerfile.contains("FROM eclipse-temurin:17-jre"));
        assertTrue(dockerfile.contains("COPY --from=build /src/launcher/target/wirefold.jar /app/wirefold.jar"));
        assertTrue(dockerfile.contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/wirefold.jar\"]"));
        assertTrue(dockerfile.contains("curl"), "health checks use curl, so the image installs it");
        String dockerignore = Files.readString(ROOT.resolve(".dockerignore"));
        assertTrue(dockerignore.lines().anyMatch("**/target"::equals));
    }

    @Test
    void shouldUseOnlyKnownKeysInTheSaslSslExample() throws IOException {
        WirefoldConfig config = WirefoldConfig.load(ProcessorKeys.ALL, ROOT.resolve("ops/examples/sasl-ssl.properties"),
                Map.of(), Map.of());
        assertEquals("SASL_SSL", config.get("security.protocol"));
        Set<String> kafkaKeys = new TreeSet<>(config.kafkaProperties().stringPropertyNames());
        kafkaKeys.removeAll(kafkaClientNames("processor"));
        assertEquals(Set.of(), kafkaKeys, "unknown Kafka settings");
        Properties file = new Properties();
        try (var reader = Files.newBufferedReader(ROOT.resolve("ops/examples/sasl-ssl.properties"))) {
            file.load(reader);
        }
        Set<String> wirefoldKeys = file.stringPropertyNames().stream().filter(k -> k.startsWith(WirefoldConfig.PREFIX))
                .collect(Collectors.toCollection(TreeSet::new));
        wirefoldKeys.removeAll(ProcessorKeys.ALL.stream().map(ConfigKey::name).toList());
        assertEquals(Set.of(), wirefoldKeys, "unknown wirefold keys");
        assertEquals("3", config.get("wirefold.topics.replication"));
        assertTrue(config.describe().contains("sasl.jaas.config = [hidden]"), "the JAAS secret is masked in logs");
    }

    private static String checkVariable(String variable, String value, List<ConfigKey> keys, Set<String> kafkaNames) {
        for (ConfigKey key : keys) {
            if (key.envVar().equals(variable)) {
                String mapped = WirefoldConfig.load(List.of(), null, Map.of(variable, value), Map.of()).get(key.name());
                return value.equals(mapped) ? null : variable + " does not set " + key.name() + " (got " + mapped + ")";
            }
        }
        if (!variable.startsWith("WIREFOLD_KAFKA_")) {
            return variable + " is no configuration key of this service";
        }
        Set<String> mapped = WirefoldConfig.load(List.of(), null, Map.of(variable, value), Map.of())
                .kafkaProperties().stringPropertyNames();
        return kafkaNames.containsAll(mapped) && !mapped.isEmpty() ? null
                : variable + " → " + mapped + " is no Kafka client setting";
    }

    private static Set<String> kafkaClientNames(String service) {
        Set<String> names = new HashSet<>(ProducerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        if (!service.equals("ingest")) {
            names.addAll(ConsumerConfig.configNames());
            names.addAll(StreamsConfig.configDef().names());
        }
        return names;
    }

    private static void assertUsesOnlyKnownMetrics(Map<String, String> exprs) {
        Set<String> known = KnownMetrics.all();
        Map<String, Set<String>> unknown = new TreeMap<>();
        exprs.forEach((where, expr) -> {
            assertFalse(expr.isBlank(), where + " has an expression");
            Set<String> names = PromQl.metricNames(expr);
            assertFalse(names.isEmpty(), where + " selects a metric: " + expr);
            names.removeAll(known);
            if (!names.isEmpty()) {
                unknown.put(where, names);
            }
        });
        assertEquals(Map.of(), unknown, "metrics no service exports");
    }

    private static String defaultOf(List<ConfigKey> keys, String name) {
        return keys.stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no key " + name)).defaultValue();
    }

    private static JsonNode service(String name) throws IOException {
        JsonNode svc = YAML.readTree(ROOT.resolve("docker-compose.yml").toFile()).path("services").path(name);
        if (svc.isMissingNode()) {
            fail("docker-compose.yml has no service " + name);
        }
        return svc;
    }

    private static Map<String, String> environment(JsonNode service) {
        JsonNode env = service.path("environment");
        assertTrue(env.isObject(), "environment is a map");
        Map<String, String> out = new TreeMap<>();
        env.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        assertNotNull(dir, "docker-compose.yml not found above " + Path.of("").toAbsolutePath());
        return dir;
    }
}
