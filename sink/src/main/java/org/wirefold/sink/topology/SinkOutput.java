package org.wirefold.sink.topology;

import org.wirefold.common.model.FactUpdate;
import org.wirefold.common.model.Story;

/** What the publisher emits: a story document (null story = tombstone) or one fact update. */
record SinkOutput(boolean document, Story story, FactUpdate update) {
    static SinkOutput document(Story story) {
        return new SinkOutput(true, story, null);
    }

    static SinkOutput update(FactUpdate update) {
        return new SinkOutput(false, null, update);
    }
}
