package org.wirefold.sink.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wirefold.common.model.FactUpdate;
import org.wirefold.common.model.Story;
import org.wirefold.common.model.StoryFact;

/**
 * The fact updates between two versions of a story: every history entry the newer version adds. A long history is
 * bounded upstream (the first entry and the latest ones), so new entries are those after the older version's last
 * entry, not after its length. Pure.
 */
final class FactChanges {
    private FactChanges() {
    }

    static List<FactUpdate> between(Story previous, Story current) {
        Map<String, StoryFact> before = previous == null || previous.facts() == null ? Map.of()
                : previous.facts().stream().collect(Collectors.toMap(StoryFact::key, Function.identity(), (a, b) -> b));
        List<FactUpdate> updates = new ArrayList<>();
        for (StoryFact fact : current.facts()) {
            StoryFact old = before.get(fact.key());
            List<StoryFact.Change> history = fact.history() == null ? List.of() : fact.history();
            for (StoryFact.Change change : history.subList(seen(old, history), history.size())) {
                updates.add(new FactUpdate(current.id(), fact.key(), change.oldValue(), change.value(),
                        change.qualifier(), fact.sources(), change.reason(), change.article(), change.at()));
            }
        }
        return updates;
    }

    /** How many leading entries of {@code history} the older version of the fact already had. */
    private static int seen(StoryFact old, List<StoryFact.Change> history) {
        List<StoryFact.Change> before = old == null || old.history() == null ? List.of() : old.history();
        if (before.isEmpty()) {
            return 0;
        }
        int at = history.lastIndexOf(before.get(before.size() - 1));
        return at >= 0 ? at + 1 : Math.min(before.size(), history.size());
    }
}
