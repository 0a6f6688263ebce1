package org.wirefold.sink.app;

import io.micrometer.core.instrument.MeterRegistry;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.common.streams.StreamsService;
import org.wirefold.sink.topology.SinkTopology;

/** Starts the sink topology as a {@link StreamsService}. */
public final class SinkApp {
    private SinkApp() {
    }

    public static StreamsService start(WirefoldConfig config, MeterRegistry registry) {
        return StreamsService.start("sink", SinkTopology.build(registry), config, registry);
    }
}
