package org.wirefold.common.config;

import java.util.List;

/** Configuration keys every service understands. */
public final class CommonKeys {
    public static final ConfigKey BOOTSTRAP_SERVERS = ConfigKey.required("bootstrap.servers",
            "Kafka brokers, host:port[,host:port…]");
    public static final ConfigKey METRICS_PORT = ConfigKey.optional("wirefold.metrics.port", null,
            "HTTP port of /metrics and /health/*; 0 picks a free port, -1 disables the endpoint");
    public static final ConfigKey INSTANCE = ConfigKey.optional("wirefold.instance", null,
            "Instance tag on every metric; defaults to the host name");
    public static final ConfigKey TOPIC_PARTITIONS = ConfigKey.optional("wirefold.topics.partitions", "3",
            "Partitions of the topics Wirefold creates when they are missing");
    public static final ConfigKey TOPIC_REPLICATION = ConfigKey.optional("wirefold.topics.replication", "1",
            "Replication factor of the topics Wirefold creates when they are missing");

    public static final List<ConfigKey> ALL =
            List.of(BOOTSTRAP_SERVERS, METRICS_PORT, INSTANCE, TOPIC_PARTITIONS, TOPIC_REPLICATION);

    private CommonKeys() {
    }
}
