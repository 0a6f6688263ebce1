package org.wirefold.sink.config;

import java.util.List;
import org.wirefold.common.Names;
import org.wirefold.common.config.ConfigKey;
import org.wirefold.common.streams.StreamsKeys;

/** Configuration keys of the sink (Kafka Streams settings pass through unchanged). */
public final class SinkKeys {
    public static final List<ConfigKey> ALL = List.copyOf(StreamsKeys.of(Names.Apps.SINK, 9403));

    private SinkKeys() {
    }
}
