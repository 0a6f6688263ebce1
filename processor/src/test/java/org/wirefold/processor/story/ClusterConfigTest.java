package org.wirefold.processor.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirefold.common.config.ConfigException;
import org.wirefold.common.config.WirefoldConfig;

class ClusterConfigTest {

    @Test
    void shouldReadDurationsAndNumbersFromConfiguration() {
        ClusterConfig c = ClusterConfig.from(WirefoldConfig.of(Map.of("wirefold.cluster.story-ttl", "12h",
                "wirefold.cluster.time-scale", "P3D", "wirefold.cluster.join-threshold", "0.4")));

        assertEquals(Duration.ofHours(12), c.storyTtl());
        assertEquals(Duration.ofDays(3), c.timeScale());
        assertEquals(0.4, c.joinThreshold());
        assertEquals(ClusterConfig.defaults().postingLimit(), c.postingLimit());
    }

    @Test
    void shouldRejectBadValuesNamingTheKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> ClusterConfig.from(
                WirefoldConfig.of(Map.of("wirefold.cluster.story-ttl", "soon"))));
        assertTrue(e.getMessage().contains("wirefold.cluster.story-ttl"));
        assertThrows(ConfigException.class, () -> ClusterConfig.from(
                WirefoldConfig.of(Map.of("wirefold.cluster.term-buckets", "1000"))));
    }

    @Test
    void shouldDeclareEveryKeyWithADefaultUnderTheClusterNamespace() {
        ClusterConfig.KEYS.forEach(k -> {
            assertTrue(k.name().startsWith("wirefold.cluster."), k.name());
            assertTrue(k.defaultValue() != null && !k.description().isBlank(), k.name());
        });
    }
}
