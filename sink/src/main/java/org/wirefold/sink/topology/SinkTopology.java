package org.wirefold.sink.topology;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.wirefold.common.Names.Steps;
import org.wirefold.common.Names.Topics;

import static org.wirefold.common.Names.Stores.PUBLISHED_STORIES;
import static org.wirefold.common.serde.Serdes.FACT_UPDATE;
import static org.wirefold.common.serde.Serdes.STORY;

/**
 * The sink's Kafka Streams topology: configuration in, {@link Topology} out, no I/O.
 *
 * <p>Reads {@code story-updates} (story id → consolidated story, null on expiry). Writes the compacted
 * {@code story-state} (the latest document per story) and {@code fact-updates} (one record per change of a
 * consolidated fact, keyed by story id), exactly once with the processing guarantee of the service.
 */
public final class SinkTopology {
    private SinkTopology() {
    }

    public static Topology build(MeterRegistry registry) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(PUBLISHED_STORIES), Serdes.String(), STORY));

        // Each new story version: publish the document once and the fact changes since the last published version.
        builder.stream(Topics.STORY_UPDATES, Consumed.with(Serdes.String(), STORY).withName("read-story-updates"))
                .process(() -> new StoryPublisher(registry), Named.as(Steps.PUBLISH), PUBLISHED_STORIES)
                // Route documents (and tombstones) to story-state, fact changes to fact-updates.
                .split(Named.as("publish-"))
                .branch((id, out) -> out.document(), Branched.withConsumer(s -> s
                        .mapValues(SinkOutput::story, Named.as("document"))
                        .to(Topics.STORY_STATE, Produced.with(Serdes.String(), STORY).withName(Steps.TO_STORY_STATE)),
                        "documents"))
                .defaultBranch(Branched.withConsumer(s -> s
                        .mapValues(SinkOutput::update, Named.as("fact-update"))
                        .to(Topics.FACT_UPDATES, Produced.with(Serdes.String(), FACT_UPDATE).withName(Steps.TO_FACT_UPDATES)),
                        "fact-updates"));
        return builder.build();
    }
}
