package org.wirefold.processor.facts;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Death tolls: a count that a toll's verb brings to its number is the dead ("the death toll rose to four"), and a
 * toll that rises ("rose to four", "bringing the toll to four", "four now dead") is an update of the toll before it.
 * Bounded look-backs only.
 */
final class Tolls {
    private static final Set<String> RISES = Lexicon.set("rose", "risen", "rises", "climbed", "climbs", "reached",
            "increased", "jumped", "grew");
    private static final Set<String> DEAD = Lexicon.set("dead", "deaths", "fatalities", "killed");
    private static final Set<String> BRINGS = Lexicon.set("bringing", "brings", "brought", "bring", "raising",
            "raises", "raised", "pushing", "pushes", "pushed");
    /** What may stand between "toll" and its number: the rising verbs and the words of a standing total. */
    private static final Set<String> TOLL_WORDS = Stream.concat(RISES.stream(),
            Stream.of("has", "had", "to", "at", "stands", "stood", "is", "was", "of", "now"))
            .collect(Collectors.toUnmodifiableSet());

    private Tolls() {
    }

    /**
     * A count that a toll's verb brings to its number: "the death toll rose to four", "the toll has climbed to 12",
     * "the death toll stands at 9", "a death toll of six". Only verbs of a total and their particles stand between.
     */
    static boolean deathToll(List<Tok> t, int number, int limit) {
        for (int k = number - 1; k >= limit && k >= number - 5; k--) {
            String w = t.get(k).lower();
            if (w.equals("toll") || w.equals("tolls")) {
                return k == 0 || !t.get(k - 1).is("injury");
            }
            if (!TOLL_WORDS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A toll that rises to the count: "the death toll rose to four", "the toll from Friday's crash has climbed to
     * 12", "the number of dead climbed to 5" (a verb of rising right before "to" and the number, and "toll" at most
     * ten tokens before), "bringing the death toll to three", "3 now dead".
     */
    static boolean tollRises(List<Tok> t, int number, int limit) {
        if (brought(t, number, limit) || nowDead(t, number)) {
            return true;
        }
        if (number - 2 < limit || !t.get(number - 1).is("to") || !RISES.contains(t.get(number - 2).lower())) {
            return false;
        }
        for (int k = number - 3; k >= limit && k >= number - 12; k--) {
            if (t.get(k).is("toll") || k >= 2 && DEAD.contains(t.get(k).lower()) && t.get(k - 1).is("of")
                    && t.get(k - 2).is("number")) {
                return true; // "the death toll rose to", "the number of dead climbed to"
            }
        }
        return false;
    }

    /** "bringing the death toll to three", "which brings the toll from the crash to 5": a death raising the toll. */
    private static boolean brought(List<Tok> t, int number, int limit) {
        if (number - 1 < limit || !t.get(number - 1).is("to")) {
            return false;
        }
        for (int k = number - 2; k >= limit && k >= number - 8; k--) {
            if (t.get(k).is("toll")) {
                for (int j = k - 1; j >= limit && j >= k - 3; j--) {
                    if (BRINGS.contains(t.get(j).lower())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "3 now dead", "five people are now dead": the count told as a toll that has grown. */
    private static boolean nowDead(List<Tok> t, int number) {
        for (int k = number + 1; k + 1 < t.size() && k <= number + 4; k++) {
            if (t.get(k).is("now")) {
                return t.get(k + 1).is("dead");
            }
            if (t.get(k).is(",") || t.get(k).is(".")) {
                return false;
            }
        }
        return false;
    }
}
