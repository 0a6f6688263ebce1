package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirefold.common.model.Fact;

/**
 * One relative killed by gunfire, told without a number: "shot and killed his brother", "fatally shot her husband",
 * the headline's "Boy shot, killed brother" (one dead; two with "… and himself", "…, himself" or "before turning the
 * gun on himself"). A bare "killed his wife" is left out: it as often tells one of several dead or an old crime.
 * Relatives joined to more objects ("his wife and four children") are {@link KinCounts}'. Bounded look-ahead only.
 */
final class KilledKin {
    private static final Set<String> KILLS = Lexicon.set("killed", "kills", "killing", "murdered", "murders",
            "murdering");
    private static final Set<String> KIN = Lexicon.set("children", "kids", "family", "parents", "grandchildren",
            "stepchildren", "siblings", "relatives");
    private static final Set<String> POSSESSIVE = Lexicon.set("his", "her", "their");

    private KilledKin() {
    }

    static List<Fact> find(List<Tok> t, int from, int to) {
        List<Fact> out = new ArrayList<>();
        for (int i = from; i + 1 < to; i++) {
            Tok v = t.get(i);
            boolean fatal = v.is("shot") && i > from && (t.get(i - 1).is("fatally") || t.get(i - 1).is("mortally"));
            boolean shotAnd = KILLS.contains(v.lower()) && i - 2 >= from && (t.get(i - 1).is("and")
                    || t.get(i - 1).is(",")) && (t.get(i - 2).is("shot") || t.get(i - 2).is("shoots"));
            if (!shotAnd && !fatal) {
                continue;
            }
            int k = i + 1;
            if (POSSESSIVE.contains(t.get(k).lower())) {
                k++;
            }
            if (k + 1 < to && t.get(k).word() && !KinCounts.RELATIVE.contains(t.get(k).lower())
                    && KinCounts.RELATIVE.contains(t.get(k + 1).lower()) && k > i + 1) {
                k++; // one modifier after the possessive: "his estranged wife"
            }
            if (k >= to || !KinCounts.RELATIVE.contains(t.get(k).lower()) || joined(t, k + 1, to)) {
                continue;
            }
            boolean self = k + 2 < to && t.get(k + 1).is(",") && (t.get(k + 2).is("himself")
                    || t.get(k + 2).is("herself")); // the headline's "killed son, himself"
            int count = self || ShooterDeath.alsoHimself(t, k + 1, to) ? 2 : 1;
            out.add(ImplicitCounts.fact("killed", t, i, k, count));
            i = k;
        }
        return out;
    }

    /** More objects joined to the relative ("his wife and four children", "his wife, 4 kids"): counted elsewhere. */
    private static boolean joined(List<Tok> t, int k, int to) {
        if (k + 1 >= to || !(t.get(k).is("and") || t.get(k).is(","))) {
            return false;
        }
        Tok n = t.get(k + 1);
        return n.num() || Lexicon.SMALL.containsKey(n.lower()) || POSSESSIVE.contains(n.lower()) || n.is("a")
                || n.is("an") || KinCounts.RELATIVE.contains(Predicates.singular(n.lower())) || KIN.contains(n.lower());
    }
}
