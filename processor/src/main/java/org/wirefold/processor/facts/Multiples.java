package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirefold.common.model.Fact;

/**
 * Killings counted by a multiplying word: "a double homicide" is two dead, "the triple slaying" three, "a quadruple
 * murder-suicide" five (the killer's suicide counts him too). "a triple shooting" tells three people shot, not their
 * fate. Bounded look-ahead.
 */
final class Multiples {
    private static final Map<String, Integer> TIMES = Map.of("double", 2, "triple", 3, "quadruple", 4,
            "quintuple", 5);
    private static final Set<String> KILLINGS = Lexicon.set("homicide", "homicides", "murder", "murders", "slaying",
            "slayings", "killing", "killings");
    private static final Set<String> SHOOTINGS = Lexicon.set("shooting");

    private Multiples() {
    }

    /** "a double shooting" names the event the lone victim was hit in, not people counted apart from him. */
    static boolean shooting(Fact f) {
        return f.predicate().equals("shot") && f.span().toLowerCase(java.util.Locale.ROOT).endsWith("shooting");
    }

    /**
     * "A man was killed in a double shooting": beside its dead, told right before or after it, a multiple shooting
     * leaves the rest wounded, unless the article counts the wounded itself.
     */
    static void woundedOfShooting(List<Fact> facts) {
        if (facts.stream().anyMatch(f -> f.predicate().equals("injured"))) {
            return;
        }
        for (int i = 0; i < facts.size(); i++) {
            if (!shooting(facts.get(i))) {
                continue;
            }
            for (int j : new int[] {i - 1, i + 1}) {
                Fact dead = j >= 0 && j < facts.size() ? facts.get(j) : null;
                if (dead != null && dead.predicate().equals("killed") && dead.value() < facts.get(i).value()) {
                    facts.add(new Fact("injured|person|", "injured", "person", "", facts.get(i).value() - dead.value(),
                            "=", false, null, facts.get(i).span()));
                    return;
                }
            }
            return;
        }
    }

    static List<Fact> find(List<Tok> t, int from, int to) {
        List<Fact> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Integer n = TIMES.get(t.get(i).lower());
            int k = i + 1 < to && t.get(i + 1).is("-") ? i + 2 : i + 1;
            if (n != null && k < to && SHOOTINGS.contains(t.get(k).lower())) {
                String span = t.get(i).text() + (k > i + 1 ? "-" : " ") + t.get(k).text();
                out.add(new Fact("shot|person|", "shot", "person", "", n, "=", false, null, span)); // people shot
                i = k;
                continue;
            }
            if (n == null || k >= to || !KILLINGS.contains(t.get(k).lower())) {
                continue;
            }
            int end = k;
            int s = k + 1 < to && t.get(k + 1).is("-") ? k + 2 : k + 1;
            if (s < to && t.get(s).is("suicide")) {
                n += 1; // "a double murder-suicide": two victims and the killer
                end = s;
            }
            String span = t.get(i).text() + (t.get(i + 1).is("-") ? "-" : " ") + t.get(k).text()
                    + (end > k ? "-" + t.get(end).text() : "");
            out.add(new Fact("killed|person|", "killed", "person", "", n, "=", false, null, span));
            i = end;
        }
        return out;
    }
}
