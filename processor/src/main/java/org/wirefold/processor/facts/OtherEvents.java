package org.wirefold.processor.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sentences that tell another event than the article's own, beside {@link Roundups}: a sentence opened by
 * "Meanwhile,"; a tally over a few hours or days ("five shot in less than 30 hours", "within 48 hours"); the part of
 * such a tally told in the next sentence ("Three of those victims died"); a sentence of a dated list of incidents
 * ("On May 2, a man was shot … On May 9, a boy was hurt …"). Their casualty counts belong to other events.
 */
final class OtherEvents {
    private static final Set<String> OPENERS = Lexicon.set("and", "but", "then", "also");
    private static final Set<String> SHORT_SPANS = Lexicon.set("hours", "days");
    private static final Set<String> PART = Lexicon.set("those", "these", "them");

    private OtherEvents() {
    }

    /** "Meanwhile, a man was fatally shot across town": the sentence {@code [from, to)} turns to another event. */
    static boolean meanwhile(List<Tok> t, int from, int to) {
        return from + 1 < to && t.get(from).is("meanwhile") && t.get(from + 1).is(",");
    }

    /** "within 48 hours", "in less than 30 hours", "in more than two days" at {@code k}: a tally over a short span. */
    static boolean shortSpan(List<Tok> t, int k, int to) {
        return (t.get(k).is("within") || t.get(k).is("than")) && k + 2 < to
                && (t.get(k + 1).num() || Lexicon.SMALL.containsKey(t.get(k + 1).lower()))
                && SHORT_SPANS.contains(t.get(k + 2).lower());
    }

    /**
     * Start offsets (token indexes) of the sentences that tell other events by their place among the sentences: a
     * part of the tally before ("Eleven people were shot within 30 hours. Three of those victims died.") and a
     * dated list ("On May 2, … On May 9, …").
     */
    static Set<Integer> elsewhere(List<Tok> t, List<int[]> sentences) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            int[] s = sentences.get(i);
            int[] prev = i > 0 ? sentences.get(i - 1) : null;
            int[] next = i + 1 < sentences.size() ? sentences.get(i + 1) : null;
            if (prev != null && part(t, s[0], s[1]) && FactExtractor.aggregate(t, prev[0], prev[1])
                    || dated(t, s[0], s[1]) && (prev != null && dated(t, prev[0], prev[1])
                    || next != null && dated(t, next[0], next[1]))) {
                out.add(s[0]);
            }
        }
        return out;
    }

    /** "of those", "of these", "of them": the sentence counts a part of a set told before. */
    private static boolean part(List<Tok> t, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (t.get(k).is("of") && PART.contains(t.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "On April 24, …", "And on Sept. 3, …" opening the sentence. */
    static boolean dated(List<Tok> t, int from, int to) {
        int k = from;
        while (k < to && OPENERS.contains(t.get(k).lower())) {
            k++;
        }
        return k + 2 < to && t.get(k).is("on") && Lexicon.MONTHS.contains(t.get(k + 1).lower())
                && t.get(k + 1).capitalized() && (t.get(k + 2).num() || t.get(k + 2).is(".") && k + 3 < to
                && t.get(k + 3).num());
    }
}
