package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirefold.common.model.Fact;

/**
 * Casualty totals read over a whole article rather than one count: the wounded left over from people shot ("five
 * people were shot, two fatally": three wounded), victims told one by one, and implicit victims already counted by a
 * numeric list. Linear passes over the article's facts.
 */
final class CasualtyTotals {
    private CasualtyTotals() {
    }

    /**
     * "Four people were shot, one fatally": when an article counts people shot and states no injured count of its
     * own, the injured are those shot less the killed count stated right after them; none when any count of the dead
     * in the article equals those shot.
     */
    static void deriveInjured(List<Fact> facts) {
        Fact shot = null;
        Fact killed = null;
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (f.predicate().equals("injured")) {
                return;
            }
            if (shot == null && f.predicate().equals("shot") && f.subject().equals("person") && f.qualifier().equals("=")
                    && i + 1 < facts.size() && facts.get(i + 1).predicate().equals("killed")
                    && !lone(facts.get(i + 1))) {
                shot = f;
                killed = facts.get(i + 1);
            }
        }
        if (shot != null && allDied(facts, shot.value())) {
            facts.add(new Fact("injured|person|", "injured", "person", "", 0, "=", false, null, shot.span()));
        } else if (shot != null && shot.value() > killed.value() && shot.value() < 100) {
            facts.add(new Fact("injured|person|", "injured", "person", "", shot.value() - killed.value(), "=", false,
                    null, shot.span()));
        }
    }

    /**
     * "Four people were shot … the fourth victim has died": a count of the dead reaches the people shot, so none of
     * them is left wounded.
     */
    private static boolean allDied(List<Fact> facts, double shot) {
        return shot > 1 && facts.stream().anyMatch(f -> f.predicate().equals("killed") && f.value() == shot);
    }

    /** "a man was found dead": one victim told alone, not the dead among the people counted shot before. */
    private static boolean lone(Fact f) {
        String span = f.span().toLowerCase(java.util.Locale.ROOT);
        return f.value() == 1 && (span.startsWith("a ") || span.startsWith("an "));
    }

    /**
     * Victims told one by one with no total ("A man was killed … Another man was also killed"): when an article states
     * a casualty only through single victims, each "another"/"also" victim after the first adds one, and the sum
     * replaces the single counts.
     */
    static void sumVictims(List<Fact> facts) {
        for (String predicate : new String[] {"killed", "injured"}) {
            int singles = 0;
            int more = 0;
            boolean numeric = false;
            for (Fact f : facts) {
                if (!f.predicate().equals(predicate)) {
                    continue;
                }
                String span = f.span().toLowerCase(java.util.Locale.ROOT);
                boolean single = f.value() == 1 && (span.startsWith("a ") || span.startsWith("an ")
                        || span.startsWith("another ") || span.contains(" also "));
                if (!single) {
                    numeric = true;
                } else if (singles++ > 0 && (span.startsWith("another ") || span.contains(" also "))) {
                    more++;
                }
            }
            if (!numeric && more > 0) {
                int first = -1;
                for (int i = facts.size() - 1; i >= 0; i--) {
                    if (facts.get(i).predicate().equals(predicate)) {
                        first = i;
                        facts.remove(i);
                    }
                }
                facts.add(first, new Fact(predicate + "|person|", predicate, "person", "", 1 + more, "=", false, null,
                        "victims told one by one"));
            }
        }
    }

    /** Drops implicit counts whose article token was already counted by a numeric list ("three men and a woman"). */
    static List<Fact> unlessCounted(List<Fact> implicit, List<Tok> t, String text, int sentenceStart, Set<Integer> counted) {
        if (counted.isEmpty() || implicit.isEmpty()) {
            return implicit;
        }
        List<Fact> out = new ArrayList<>();
        int from = sentenceStart;
        for (Fact f : implicit) {
            int at = text.indexOf(f.span(), from);
            if (at >= 0 && counted.contains(at)) {
                continue;
            }
            out.add(f);
        }
        return out;
    }
}
