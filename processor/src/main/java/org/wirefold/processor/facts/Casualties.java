package org.wirefold.processor.facts;

import java.util.List;
import java.util.Set;
import org.wirefold.processor.facts.QuantityExtractor.Hit;
import org.wirefold.processor.facts.UnitReader.Kind;

/**
 * Casualty rules of English news, read around one count: ages and family sizes that are not counts ("a man, 19,
 * was killed", "a father of three"), counts listed together ("three men and two women were hurt", "three men and a
 * woman"); the shooter's own death is {@link ShooterDeath}, relatives joined to a count {@link KinCounts}, death
 * tolls {@link Tolls}, totals over the whole article {@link CasualtyTotals}. All look-aheads are bounded and linear.
 */
final class Casualties {
    private static final Set<String> KIN = Lexicon.set("father", "mother", "parent", "dad", "mom", "grandfather",
            "grandmother", "grandparent", "mum");
    private static final Set<String> ARTICLES = Lexicon.set("a", "an", "another");
    private static final Set<String> TURNS = Lexicon.set("turns", "turned", "turning", "turn");
    private static final Set<String> SINGULAR = Lexicon.set("was", "is", "has");
    private static final Set<String> THOSE = Lexicon.set("those", "these", "the");
    private static final Set<String> EVENT_NOUNS = Lexicon.set("deaths", "homicides", "killings", "shootings",
            "slayings", "murders", "incidents", "cases");
    private static final Set<String> DEFINITE = Lexicon.set("the", "those", "these");

    private Casualties() {
    }

    /** "a man, 19, was killed", "Smith (19)", "father of 3": a bare number that is an age or a family size. */
    static boolean ageOrKin(Hit hit) {
        List<Tok> t = hit.toks();
        int f = hit.first();
        int n = hit.next();
        if (f - 2 >= 0 && t.get(f - 1).is("of") && KIN.contains(t.get(f - 2).lower())) {
            return true;
        }
        if (f - 1 >= 0 && hit.kind() != Kind.NOUN && TURNS.contains(t.get(f - 1).lower())) {
            return true; // "who turns 4 on Friday", "would have turned 18": a birthday
        }
        if (f - 2 >= hit.from() && hit.kind() != Kind.NOUN && t.get(f - 1).is("of")
                && (t.get(f - 2).is("ages") || t.get(f - 2).is("age"))) {
            return true; // "between the ages of 24 and 30", "at the age of 12": ages, not counts
        }
        if (hit.kind() == Kind.NOUN || f - 2 < 0 || n >= t.size()) {
            return false;
        }
        Tok before = t.get(f - 1);
        Tok after = t.get(n);
        boolean apposed = before.is(",") && t.get(f - 2).word() && (after.is(",") || after.is(")"))
                && Predicates.of(t.get(f - 2).lower()) == null;
        return apposed || before.is("(") && after.is(")");
    }

    /**
     * An age ("a 13-year-old boy", "aged 19") rather than a count: it does not end the clause of the count before it
     * ("four other people, including a 13-year-old boy, were wounded").
     */
    static boolean age(Hit hit) {
        if (hit == null) {
            return false;
        }
        String unit = hit.quantity().unit();
        return unit != null && unit.toLowerCase(java.util.Locale.ROOT).endsWith("-old");
    }

    /** "more than 200 aboard", "12 on board": people aboard, the counted noun left out. */
    static boolean aboardAfter(Hit hit) {
        List<Tok> t = hit.toks();
        int k = hit.number() + 1;
        if (k >= hit.to()) {
            return false;
        }
        return t.get(k).is("aboard") || t.get(k).is("onboard")
                || t.get(k).is("on") && k + 1 < hit.to() && t.get(k + 1).is("board");
    }

    /** "One man is critical; the four others are expected to recover": the rest of a group counted before. */
    static boolean remainder(Hit hit) {
        int k = hit.first() - 1;
        return hit.other() && k >= hit.from() && DEFINITE.contains(hit.toks().get(k).lower());
    }

    /**
     * "All four victims were hurt in the same attack", "All three were shot in the head": "all" takes up a group
     * counted before, whose dead the verb of the wounded (or of the people shot) may include; it states no count of
     * its own.
     */
    static boolean wholeGroup(Hit hit) {
        int k = hit.first() - 1;
        return k >= hit.from() && hit.toks().get(k).is("all");
    }

    /**
     * "One of five victims dies", "one of four men shot was killed": a count after "one of" whose death verb is
     * singular tells the victims shot, the death is the one's.
     */
    static boolean oneOfDies(Hit hit) {
        List<Tok> t = hit.toks();
        int f = hit.first();
        if (f - 2 < hit.from() || !t.get(f - 1).is("of") || !t.get(f - 2).is("one")) {
            return false;
        }
        for (int k = hit.next(); k < Math.min(hit.to(), hit.next() + 10); k++) {
            String w = t.get(k).lower();
            if ("killed".equals(Predicates.of(w))) {
                return w.equals("dies") || k > 0 && SINGULAR.contains(t.get(k - 1).lower());
            }
        }
        return false;
    }

    /**
     * "All six of those deaths involved guns", "two of the shootings were fatal": a count of events of a set told
     * before (a statistic), not of the victims of this event.
     */
    static boolean ofEvents(Hit hit) {
        List<Tok> t = hit.toks();
        int k = hit.number() + 1;
        return k + 2 < hit.to() && t.get(k).is("of") && THOSE.contains(t.get(k + 1).lower())
                && EVENT_NOUNS.contains(t.get(k + 2).lower());
    }

    /** "Four people, including three children, were hurt": a part of the count before it, not a count of its own. */
    static boolean partOf(Hit hit, Hit prev) {
        if (prev == null || hit.first() - prev.next() > 3) {
            return false;
        }
        List<Tok> t = hit.toks();
        for (int k = hit.first() - 1; k >= prev.next(); k--) {
            if (t.get(k).is("including")) {
                return true;
            }
        }
        return false;
    }

    /** The counts are one list: "three men and two women", "2 adults, 2 children" (nothing else between). */
    static boolean listed(Hit hit, Hit next) {
        if (next == null || hit.kind() != Kind.NOUN || next.kind() != Kind.NOUN || next.first() - hit.next() > 2
                || next.first() == hit.next()) {
            return false;
        }
        List<Tok> t = hit.toks();
        for (int k = hit.next(); k < next.first(); k++) {
            if (!t.get(k).is("and") && !t.get(k).is(",")) {
                return false;
            }
        }
        return Predicates.human(Predicates.head(hit.quantity().unit()))
                && Predicates.human(Predicates.head(next.quantity().unit()));
    }

    /** Token index of the article of "and a woman" right after the count's noun, or -1. */
    static int andOne(Hit hit) {
        List<Tok> t = hit.toks();
        int k = hit.next();
        if (hit.kind() != Kind.NOUN || k + 2 >= hit.to() || !t.get(k).is("and") || !ARTICLES.contains(t.get(k + 1).lower())
                || t.get(k + 1).is("another")) {
            return -1;
        }
        for (int j = k + 2, steps = 0; j < hit.to() && steps < 4; j++, steps++) {
            Tok x = t.get(j);
            if (x.word() && ImplicitCounts.isVictim(x.lower())) {
                return k + 1;
            }
            if (!(x.num() || x.is("-") || x.word() && !Lexicon.STOP.contains(x.lower())
                    && !Predicates.isPredicate(x.lower()))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The boy was killed while at home with two other children": "with N other X" after the victim, without
     * "along"/"together", tells who was with him, not who else was hit ("killed along with two others" counts them).
     */
    static boolean company(Hit hit) {
        if (!hit.other()) {
            return false;
        }
        List<Tok> t = hit.toks();
        int k = hit.first() - 1;
        while (k >= hit.from() && (t.get(k).is("at") || t.get(k).is("least") || t.get(k).is("about"))) {
            k--;
        }
        if (k < hit.from() || !t.get(k).is("with") || k - 1 >= hit.from() && (t.get(k - 1).is("along")
                || t.get(k - 1).is("together"))) {
            return false;
        }
        for (int j = hit.next(); j < Math.min(hit.to(), hit.next() + 6); j++) {
            String p = Predicates.of(t.get(j).lower());
            if (p != null && Predicates.CASUALTY.contains(p)) {
                return false; // "with two other men who were also wounded"
            }
        }
        return true;
    }
    private static final Set<String> WOUND = Lexicon.set("shot", "wounded", "injured", "hurt");
    private static final Set<String> HURT = Lexicon.set("critically", "seriously", "badly", "severely");

    /**
     * "A woman was shot in the arm, and three men were also wounded": a count whose verb follows "also" adds the one
     * victim wounded earlier in its sentence, when no count came before and that victim did not die there.
     */
    static boolean alsoAfterOne(List<Tok> t, int from, int first, int next, int to) {
        boolean also = false;
        for (int k = next; k < to && k < next + 3 && !also; k++) {
            also = t.get(k).is("also");
        }
        return also && woundedBefore(t, from, first);
    }

    /** One victim told wounded ("was shot", "was wounded") before {@code first}, with no count before it. */
    static boolean woundedBefore(List<Tok> t, int from, int first) {
        for (int k = from; k + 1 < first; k++) {
            Tok x = t.get(k);
            boolean age = k + 1 < first && t.get(k + 1).is("-"); // "a 4-year-old boy"
            if (x.num() && !age || Lexicon.SMALL.containsKey(x.lower())) {
                return false;
            }
            if (x.is("was") && HURT.contains(t.get(k + 1).lower()) && k + 2 < first) {
                k++; // "was critically wounded"
            }
            if (x.is("was") && WOUND.contains(t.get(k + 1).lower())) {
                return !(k + 2 < first && (t.get(k + 2).is("and") || t.get(k + 2).is("dead")
                        || t.get(k + 2).is("to")));
            }
        }
        return false;
    }

    /**
     * "died after being shot", "died of her wounds", "died from his injuries": the death of a victim first reported
     * wounded.
     */
    static boolean diedOfWounds(List<Tok> t, int k, int to) {
        if (k + 2 >= to) {
            return false;
        }
        String a = t.get(k).lower();
        String b = t.get(k + 1).lower();
        String c = t.get(k + 2).lower();
        return a.equals("after") && b.equals("being") && (c.equals("shot") || c.equals("wounded") || c.equals("injured"))
                || (a.equals("of") || a.equals("from")) && (b.equals("his") || b.equals("her"))
                && (c.equals("wounds") || c.equals("injuries"));
    }

    /**
     * "shot to death", "shot three people to death": the people shot died, so they are no pool of people shot whose
     * wounded are the rest ({@link CasualtyTotals#deriveInjured}). Looks at most six tokens past the verb.
     */
    static boolean toDeath(List<Tok> t, int from, int limit) {
        for (int k = from; k + 1 < limit && k < from + 6; k++) {
            if (t.get(k).is("to") && t.get(k + 1).is("death")) {
                return true;
            }
            if (t.get(k).is(",") || t.get(k).is("and") || t.get(k).is(";")) {
                return false;
            }
        }
        return false;
    }
}
