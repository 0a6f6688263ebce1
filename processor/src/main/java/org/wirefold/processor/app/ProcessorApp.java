package org.wirefold.processor.app;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.Topology;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.common.streams.StreamsService;
import org.wirefold.processor.config.ProcessorSettings;
import org.wirefold.processor.story.ClusterConfig;
import org.wirefold.processor.topology.ProcessorTopology;

/** Starts the processor: reads its settings, builds the topology and runs it as a {@link StreamsService}. */
public final class ProcessorApp {
    private ProcessorApp() {
    }

    public static Topology topology(WirefoldConfig config, MeterRegistry registry) {
        return ProcessorTopology.build(ProcessorSettings.from(config), ClusterConfig.from(config), registry);
    }

    public static StreamsService start(WirefoldConfig config, MeterRegistry registry) {
        return StreamsService.start("processor", topology(config, registry), config, registry);
    }
}
