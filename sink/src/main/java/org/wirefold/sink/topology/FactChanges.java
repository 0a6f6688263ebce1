package org.wirefold.sink.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wirefold.common.model.FactUpdate;
import org.wirefold.common.model.Story;
import org.wirefold.common.model.StoryFact;

/** The fact updates between two versions of a story: every history entry the newer version adds. Pure. */
final class FactChanges {
    private FactChanges() {
    }

    static List<FactUpdate> between(Story previous, Story current) {
        Map<String, StoryFact> before = previous == null || previous.facts() == null ? Map.of()
                : previous.facts().stream().collect(Collectors.toMap(StoryFact::key, Function.identity(), (a, b) -> b));
        List<FactUpdate> updates = new ArrayList<>();
        for (StoryFact fact : current.facts()) {
            StoryFact old = before.get(fact.key());
            int seen = old == null || old.history() == null ? 0 : old.history().size();
            List<StoryFact.Change> history = fact.history() == null ? List.of() : fact.history();
            for (StoryFact.Change change : history.subList(Math.min(seen, history.size()), history.size())) {
                updates.add(new FactUpdate(current.id(), fact.key(), change.oldValue(), change.value(),
                        change.qualifier(), fact.sources(), change.reason(), change.article(), change.at()));
            }
        }
        return updates;
    }
}
