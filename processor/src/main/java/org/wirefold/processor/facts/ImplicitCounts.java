package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirefold.common.model.Fact;

/**
 * Casualty counts of one written without a number: "a 23-year-old man was shot and killed", "another woman was
 * wounded", "killing a teenager". Each such clause gives a {@code killed} or {@code injured} fact of value 1 for
 * {@code person} ("a woman and her son were found dead" gives two); a victim wounded in a relative clause whose
 * sentence ends in a death ("a boy who was wounded on Friday has died", "a boy wounded on Friday has died") is counted dead, not wounded, and updates the wounded
 * reported before to none (an {@code injured} fact of 0 correcting 1) when the article counts nobody else shot or
 * wounded. A lone "was shot" says nothing about the outcome and gives none, unless the victim shot in a relative
 * clause died ("a man shot on Friday has died": one dead). Linear, bounded look-ahead.
 */
final class ImplicitCounts {
    private static final Set<String> ARTICLES = Lexicon.set("a", "an", "another");
    private static final Set<String> DIES = Lexicon.set("died", "dies", "succumbed");
    private static final Set<String> VICTIMS = Lexicon.set("man", "woman", "boy", "girl", "teen", "teenager", "person",
            "child", "toddler", "baby", "infant", "student", "victim", "mother", "father", "son", "daughter", "brother",
            "sister", "resident", "bystander", "customer", "employee", "clerk", "driver", "passenger", "juvenile",
            "male", "female", "youth", "husband", "wife", "girlfriend", "boyfriend", "grandmother", "grandfather",
            "officer", "deputy", "trooper", "guard", "worker", "neighbor", "neighbour", "friend", "relative", "cousin",
            "uncle", "aunt", "nephew", "niece", "teacher", "pedestrian", "homeowner", "patron", "individual", "adult");
    private static final Set<String> LINKS = Lexicon.set("was", "is", "has", "had", "been", "who", "later",
            "reportedly", "also", "then", "allegedly", "apparently", "found", "pronounced", "left", "being", "were",
            "got", "critically", "seriously", "badly", "severely", "mortally", "fatally", "both", "initially");
    private static final Set<String> PASSIVE = Lexicon.set("was", "were", "been", "being", "is", "got", "found",
            "left", "pronounced");
    private static final Set<String> OBJECTS = Lexicon.set("his", "her", "their", "a", "an", "the", "two", "three",
            "four", "five", "six", "several", "him", "them", "himself", "herself", "another", "both", "one");
    private static final Set<String> KIN_OF = Lexicon.set("his", "her");
    private static final Set<String> RANKS = Lexicon.set("second", "third", "fourth", "fifth", "sixth");
    private static final Set<String> FATAL = Lexicon.set("fatally", "mortally");
    private static final Set<String> HURT = Lexicon.set("critically", "seriously", "badly", "severely");
    private static final Set<String> IMAGINED = Lexicon.set("describe", "describes", "imagine", "imagines", "recall",
            "recalled", "recalls", "remember", "remembers", "remembered", "picture", "fear", "feared", "fears", "risk");

    private ImplicitCounts() {
    }

    static boolean isVictim(String noun) {
        return VICTIMS.contains(noun);
    }

    static List<Fact> find(List<Tok> t, int from, int to) {
        List<Fact> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Tok a = t.get(i);
            if (!a.word() || !ARTICLES.contains(a.lower())) {
                continue;
            }
            // "killing a man", "wounding another"
            if (i - 1 >= from) {
                String before = Predicates.of(t.get(i - 1).lower());
                if (before != null && (before.equals("killed") || before.equals("injured"))
                        && t.get(i - 1).lower().endsWith("ing") && victimAt(t, i + 1, to) > 0) {
                    out.add(fact(before, t, i - 1, victimAt(t, i + 1, to), 1));
                    continue;
                }
            }
            int noun = victimAt(t, i + 1, to);
            if (noun < 0) {
                continue;
            }
            if (i - 2 >= from && t.get(i - 2).is("also") && "injured".equals(Predicates.of(t.get(i - 1).lower()))
                    && !(noun + 1 < to && t.get(noun + 1).is("and"))) {
                // "a boy was wounded in a shooting that also injured a woman": two wounded
                boolean before = Casualties.woundedBefore(t, from, i - 2);
                if (before) {
                    out.removeIf(f -> f.predicate().equals("injured") && f.value() == 1); // the first, now summed
                }
                out.add(fact("injured", t, i - 2, noun, before ? 2 : 1));
                i = noun;
                continue;
            }
            int rank = counted(t, from, i) ? 1 : ordinal(t, i + 1, noun);
            int count = 1;
            // "a man and a woman were killed", "a 21-year-old male, and a 23-year-old male were killed"; members
            // joined by commas only count once an "and" ends the list ("a man, a woman and a boy"), as "a man, a
            // father of two, was killed" is one victim
            int listed = 0;
            for (int links = 0, at = noun; links < 4; links++) {
                int j = at + 1;
                while (j < to && j < at + 3 && (t.get(j).is(",") || t.get(j).is("and"))) {
                    j++;
                }
                boolean member = j < to && (ARTICLES.contains(t.get(j).lower()) && !t.get(j).is("another")
                        || t.get(j - 1).is("and") && KIN_OF.contains(t.get(j).lower())); // "a man and his son"
                int other = j > at + 1 && member ? victimAt(t, j + 1, to)
                        : j > at + 1 && j < to && t.get(j - 1).is("and") ? bare(t, j, to) : -1; // "a man and woman"
                if (other < 0) {
                    break;
                }
                listed++;
                at = other;
                if (t.get(j - 1).is("and")) {
                    count += listed;
                    listed = 0;
                    noun = other;
                }
            }
            boolean fatal = false;
            boolean hurt = false;
            boolean passive = false;
            boolean relative = false;
            boolean also = false;
            boolean plural = false;
            int k = noun + 1;
            for (int steps = 0; k < to && steps < 6; k++, steps++) {
                String w = t.get(k).lower();
                if (steps == 0 && w.equals("being") && i > from && IMAGINED.contains(t.get(i - 1).lower())) {
                    break; // "no words describe a child being hurt": a victim thought of, not one of the event
                }
                String p = Predicates.at(t, k, to);
                if (p != null && !w.equals("lives") && !w.equals("free")) {
                    String cls = p;
                    if (p.equals("shot")) {
                        cls = fatal ? "killed" : hurt ? "injured" : null;
                        if (k + 1 < to && t.get(k + 1).is("dead")) {
                            cls = "killed";
                        } else if (k + 2 < to && t.get(k + 1).is("and") && Predicates.of(t.get(k + 2).lower()) != null) {
                            cls = Predicates.of(t.get(k + 2).lower());
                            k += 2;
                        }
                    }
                    int object = FATAL.contains(w) && k + 1 < to && (t.get(k + 1).is("shot")
                            || t.get(k + 1).is("stabbed") || t.get(k + 1).is("wounded")) ? k + 2 : k + 1;
                    if (!passive && agent(t, object, to)) {
                        cls = null; // "a man who killed his wife", "a woman fatally shot her son": the shooter
                    }
                    if (count == 1 && ("killed".equals(cls) || "injured".equals(cls))) {
                        count = rank; // "a third person has died": three dead; the wounded see woundedOfRanked
                    }
                    if (count == 1 && plural) {
                        cls = null; // "two men and a woman were wounded": the last of a list counted elsewhere
                    }
                    if (cls == null && count > 1 && p.equals("shot") && passive) {
                        cls = "shot"; // "a man and a woman were shot": two shot, outcome not told
                    }
                    boolean reduced = k == noun + 1 && (w.endsWith("ed") || w.equals("shot")); // "a man wounded on …"
                    if (cls == null && p.equals("shot") && (relative || reduced) && diesAfter(t, k + 1, to)) {
                        cls = "killed"; // "a man shot outside the bar on Friday has died": one dead
                    }
                    if ("injured".equals(cls) && (relative || reduced) && diesAfter(t, k + 1, to)) {
                        cls = "killed"; // "a boy who was critically wounded on Friday has died": one dead
                        out.add(noLongerWounded(t, i, k));
                    }
                    if ("injured".equals(cls) && count == 1 && also && Casualties.woundedBefore(t, from, i)) {
                        count = 2; // "a man was shot, and a woman was also wounded": two
                    }
                    if ("killed".equals(cls) && count == 1 && DIES.contains(w) && Casualties.diedOfWounds(t, k + 1, to)) {
                        out.add(noLongerWounded(t, i, k)); // "a boy died of his wounds": no longer wounded
                    }
                    if ("killed".equals(cls) && count == rank && rank > 1) {
                        out.add(rise(fact(cls, t, i, k, count))); // "a third person has died": two dead before
                    } else if (cls != null && (cls.equals("killed") || cls.equals("injured") || cls.equals("shot"))) {
                        out.add(fact(cls, t, i, k, count));
                    }
                    break;
                }
                passive |= PASSIVE.contains(w);
                relative |= w.equals("who");
                also |= w.equals("also");
                plural |= w.equals("were");
                if (FATAL.contains(w)) {
                    fatal = true;
                } else if (HURT.contains(w)) {
                    hurt = true;
                }
                if (!LINKS.contains(w)) {
                    break;
                }
            }
            i = k;
        }
        return out;
    }

    /**
     * "A fifth person was taken to the hospital": a rank counts every victim so far, so the wounded are the rank less
     * the article's lead death toll (five, or one beside four dead), and at least the one ranked victim.
     */
    static void woundedOfRanked(List<Fact> facts) {
        double dead = facts.stream().filter(f -> f.predicate().equals("killed")).mapToDouble(Fact::value).findFirst()
                .orElse(0);
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (f.predicate().equals("injured") && f.value() > 1 && ranked(f.span())) {
                double wounded = Math.max(1, f.value() - dead);
                facts.set(i, new Fact(f.key(), f.predicate(), f.subject(), f.place(), wounded, f.qualifier(), f.other(),
                        f.corrects(), f.span()));
            }
        }
    }

    /** Whether an implicit count's words open on a ranked victim ("a fourth man …"). */
    private static boolean ranked(String span) {
        String[] w = span.toLowerCase(java.util.Locale.ROOT).split(" ", 3);
        return w.length > 1 && ARTICLES.contains(w[0]) && RANKS.contains(w[1]);
    }

    /** A ranked death updates the toll one below it, as a toll that rises does ({@link Tolls#tollRises}). */
    static Fact rise(Fact f) {
        return new Fact(f.key(), f.predicate(), f.subject(), f.place(), f.value(), f.qualifier(), false,
                f.value() - 1, f.span());
    }

    /** The update of a victim first told wounded who died: the one wounded reported before is none now. */
    private static Fact noLongerWounded(List<Tok> t, int a, int b) {
        Fact f = fact("injured", t, a, b, 0);
        return new Fact(f.key(), f.predicate(), f.subject(), f.place(), 0, "=", false, 1.0, f.span());
    }

    /**
     * Keeps the update "no longer wounded" ({@link #noLongerWounded}) only where the article counts nobody else shot
     * or wounded: beside other wounded it says nothing about their number.
     */
    static void keepUpdatesOfLoneVictims(List<Fact> facts) {
        if (facts.stream().anyMatch(f -> f.predicate().equals("shot") && !Multiples.shooting(f)
                || f.predicate().equals("injured") && f.value() > 0)) {
            facts.removeIf(f -> f.predicate().equals("injured") && f.value() == 0);
        }
    }

    /**
     * The main verb of a victim's sentence tells a death after a relative clause that told the wound ("a girl who
     * had been hospitalized since the shooting died on Sunday"); another victim in between ends the search.
     */
    static boolean diesAfter(List<Tok> t, int k, int to) {
        for (int j = k; j < to && j < k + 25; j++) {
            Tok x = t.get(j);
            if (x.word() && ARTICLES.contains(x.lower()) && victimAt(t, j + 1, to) > 0 || x.is(";")) {
                return false;
            }
            if (DIES.contains(x.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Index of a victim noun right after "and" without its own article ("a man and woman"), or -1. */
    private static int bare(List<Tok> t, int j, int to) {
        return t.get(j).word() && VICTIMS.contains(t.get(j).lower()) ? j : -1;
    }

    /**
     * The dead named after a noun of death at {@code start} … {@code article}: "a man" is one, "a man and his son" or
     * "a woman and a girl" two; null when no victim noun follows the article at {@code article}.
     */
    static Fact namedDead(List<Tok> t, int start, int article, int to) {
        if (article >= to || !(t.get(article).is("a") || t.get(article).is("an"))) {
            return null;
        }
        int noun = victimAt(t, article + 1, to);
        if (noun < 0) {
            return null;
        }
        int count = 1;
        if (noun + 2 < to && t.get(noun + 1).is("and") && (t.get(noun + 2).is("a") || t.get(noun + 2).is("an")
                || t.get(noun + 2).is("his") || t.get(noun + 2).is("her")) && victimAt(t, noun + 3, to) > 0) {
            count = 2; // "a man and his son"
            noun = victimAt(t, noun + 3, to);
        }
        return fact("killed", t, start, noun, count);
    }

    /** Index of the victim noun after an article (up to four modifiers such as "23-year-old"), or -1. */
    static int victimAt(List<Tok> t, int j, int to) {
        for (int steps = 0; j < to && steps < 8; j++, steps++) {
            Tok x = t.get(j);
            if (x.word() && VICTIMS.contains(x.lower())) {
                return j + 1 < to && t.get(j + 1).word() && VICTIMS.contains(t.get(j + 1).lower()) ? j + 1 : j;
            }
            boolean modifier = x.num() || x.is("-") || x.word() && !Lexicon.STOP.contains(x.lower())
                    && !Predicates.isPredicate(x.lower());
            if (!modifier) {
                return -1;
            }
        }
        return -1;
    }

    /** An object right after the verb: the counted noun did the killing ("killed his wife", "shot Smith"). */
    private static boolean agent(List<Tok> t, int k, int to) {
        if (k >= to) {
            return false;
        }
        Tok x = t.get(k);
        return OBJECTS.contains(x.lower()) || x.num() || x.capitalized() && !Lexicon.DAYS.contains(x.lower())
                && !Lexicon.MONTHS.contains(x.lower()) && !x.is("I");
    }

    /** A count before {@code i} in the sentence ("three were killed and a fourth was hurt"): ranks say nothing. */
    private static boolean counted(List<Tok> t, int from, int i) {
        for (int j = from; j < i; j++) {
            if (t.get(j).num() || Lexicon.SMALL.containsKey(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "a third person has died": the victim's rank is the count so far; else one. */
    private static int ordinal(List<Tok> t, int from, int noun) {
        for (int j = from; j < noun; j++) {
            int n = switch (t.get(j).lower()) {
                case "second" -> 2;
                case "third" -> 3;
                case "fourth" -> 4;
                case "fifth" -> 5;
                case "sixth" -> 6;
                default -> 0;
            };
            if (n > 0) {
                return n;
            }
        }
        return 1;
    }

    /**
     * A count of {@code predicate} ({@code killed}, {@code injured}, …) of people read from the tokens {@code a} to
     * {@code b} (inclusive), which become its span.
     */
    static Fact fact(String predicate, List<Tok> t, int a, int b, int count) {
        StringBuilder span = new StringBuilder();
        for (int k = a; k <= b; k++) {
            if (k > a && t.get(k).space()) {
                span.append(' ');
            }
            span.append(t.get(k).text());
        }
        return new Fact(predicate + "|person|", predicate, "person", "", count, "=", false, null, span.toString());
    }
}
