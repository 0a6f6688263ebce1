package org.wirefold.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WirefoldConfigTest {
    private static final List<ConfigKey> KEYS = List.of(
            ConfigKey.required("bootstrap.servers", "brokers"),
            ConfigKey.optional("wirefold.metrics.port", "9402", "port"),
            ConfigKey.optional("wirefold.topics.partitions", "3", "partitions"),
            ConfigKey.optional("wirefold.ingest.max-record-bytes", "1000000", "max"));

    @TempDir
    Path dir;

    @Test
    void shouldLayerDefaultsFileEnvironmentAndFlagsInThatOrder() throws Exception {
        Path file = dir.resolve("wirefold.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\nwirefold.metrics.port=1111\nwirefold.topics.partitions=6\n");
        Map<String, String> env = Map.of("WIREFOLD_METRICS_PORT", "2222", "WIREFOLD_KAFKA_BOOTSTRAP_SERVERS", "env:9092");

        WirefoldConfig config = WirefoldConfig.load(KEYS, file, env, Map.of("bootstrap.servers", "flag:9092"));

        assertThat(config.get("bootstrap.servers")).isEqualTo("flag:9092");
        assertThat(config.getInt("wirefold.metrics.port")).isEqualTo(2222);
        assertThat(config.getInt("wirefold.topics.partitions")).isEqualTo(6);
    }

    @Test
    void shouldPassUnknownKeysThroughToKafkaButKeepWirefoldKeysOut() {
        Map<String, String> env = Map.of("WIREFOLD_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "WIREFOLD_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512", "HOME", "/root");

        WirefoldConfig config = WirefoldConfig.load(KEYS, null, env, Map.of("bootstrap.servers", "b:9092"));

        assertThat(config.kafkaProperties()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512").containsEntry("bootstrap.servers", "b:9092")
                .doesNotContainKey("wirefold.metrics.port").doesNotContainKey("home");
    }

    @Test
    void shouldNameTheFullKeyAndItsEnvironmentVariableWhenARequiredKeyIsMissing() {
        assertThatThrownBy(() -> WirefoldConfig.load(KEYS, null, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'bootstrap.servers'")
                .hasMessageContaining("WIREFOLD_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void shouldRejectANonNumericValueNamingTheKey() {
        WirefoldConfig config = WirefoldConfig.load(KEYS, null, Map.of("WIREFOLD_METRICS_PORT", "ninety"),
                Map.of("bootstrap.servers", "b:9092"));

        assertThatThrownBy(() -> config.getInt("wirefold.metrics.port"))
                .hasMessageContaining("'wirefold.metrics.port'").hasMessageContaining("ninety");
    }

    @Test
    void shouldSetAHyphenatedKeyFromItsEnvironmentVariable() {
        WirefoldConfig config = WirefoldConfig.load(KEYS, null, Map.of("WIREFOLD_INGEST_MAX_RECORD_BYTES", "5000"),
                Map.of("bootstrap.servers", "b:9092"));

        assertThat(config.getInt("wirefold.ingest.max-record-bytes")).isEqualTo(5000);
        assertThat(config.get("wirefold.ingest.max.record.bytes")).isNull();
    }

    @Test
    void shouldHideSecretsWhenDescribed() {
        WirefoldConfig config = WirefoldConfig.of(Map.of(
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required password=\"hunter2\";",
                "ssl.truststore.password", "changeit", "bootstrap.servers", "b:9092"));

        assertThat(config.describe()).doesNotContain("hunter2").doesNotContain("changeit").contains("b:9092");
    }
}
