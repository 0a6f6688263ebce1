package org.wirefold.processor.facts;

import java.util.List;
import java.util.Set;
import org.wirefold.common.model.Fact;

/**
 * Sentences that sum up several incidents or tell background rather than the event: "in separate shootings", "in
 * two shootings on the east side", "shootings across the city" (also "shootings Tuesday night across the city"),
 * "over the holiday weekend", "in the past three days", "since Friday", "the city's 300th (ninth) homicide", "last
 * week", "two years ago", "in 2016" / "through May 2009", and one other incident told beside the event: "in a separate shooting", "another
 * shooting", "that same night", "earlier this month". Their casualty counts are
 * totals of many events; a headline that repeats such a total ("3 dead, 9 hurt in weekend shootings" over "Three
 * people were killed and nine wounded in separate shootings") is the same total and is dropped with it
 * ({@link #dropEchoes}); counts in the body are left alone, as they may tell one of the incidents.
 */
final class Roundups {
    private static final Set<String> BACKGROUND = Lexicon.set("week", "month", "summer", "spring", "fall", "autumn",
            "winter", "weeks", "months", "years", "decades", "decade");
    private static final Set<String> SPANS = Lexicon.set("hours", "days", "weeks", "months", "years");
    private static final Set<String> LONG_SPANS = Lexicon.set("months", "years", "decades");
    private static final Set<String> EVENTS = Lexicon.set("shootings", "homicides", "incidents");
    /** Words of time that may stand between a tally's noun and its place: "shootings Tuesday night across". */
    private static final Set<String> WHEN = Lexicon.set("overnight", "night", "morning", "evening", "afternoon",
            "early", "late", "on", "last", "this", "weekend");
    private static final Set<String> WIDE = Lexicon.set("across", "throughout", "citywide", "around");
    private static final Set<String> AREAS = Lexicon.set("city", "country", "nation", "state", "region", "county",
            "area", "metro", "district", "island", "province");
    /** One other incident told beside the article's own: "in a separate shooting", "another stabbing". */
    private static final Set<String> INCIDENT = Lexicon.set("shooting", "incident", "attack", "stabbing", "homicide",
            "killing", "case");
    private static final Set<String> OTHER_INCIDENT = Lexicon.set("separate", "unrelated", "another");
    private static final Set<String> ORDINALS = Lexicon.set("second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth");
    private static final Set<String> PARTS_OF_DAY = Lexicon.set("night", "day", "evening", "morning", "afternoon",
            "weekend");
    private static final Set<String> PERIODS = Lexicon.set("week", "month", "year");
    private static final Set<String> YEAR_SPAN = Lexicon.set("in", "through", "until", "during", "by");

    private Roundups() {
    }

    /** Whether the token at {@code k} (sentence ends at {@code to}) marks a roundup or background sentence. */
    static boolean roundup(List<Tok> t, int k, int to) {
        return tally(t, k, to) || background(t, k, to);
    }

    /** A tally of several incidents: "separate shootings", "two shootings", "past three days", "since Friday". */
    static boolean tally(List<Tok> t, int k, int to) {
        String w = t.get(k).lower();
        String next = k + 1 < to ? t.get(k + 1).lower() : "";
        String prev = k > 0 ? t.get(k - 1).lower() : "";
        if (EVENTS.contains(w)) {
            int j = k + 1;
            while (j < to && j < k + 4 && (WHEN.contains(t.get(j).lower()) || Lexicon.DAYS.contains(t.get(j).lower()))) {
                j++; // "in shootings Tuesday night across the city"
            }
            if (j > k + 1 && j < to && WIDE.contains(t.get(j).lower())) {
                return true;
            }
            return next.equals("across") || next.equals("throughout") || next.equals("citywide") || prev.equals("separate")
                    || prev.equals("weekend") || prev.equals("overnight") || countedBefore(t, k);
        }
        if (w.equals("weekend")) {
            return prev.equals("holiday") || prev.equals("this") || prev.equals("last") || prev.equals("past");
        }
        if ((w.equals("past") || w.equals("last")) && k + 2 < to && number(t.get(k + 1))
                && SPANS.contains(t.get(k + 2).lower())) {
            return true; // "in the past four days": a tally over a period
        }
        if (WIDE.contains(w) && k + 2 < to && t.get(k + 1).is("the") && AREAS.contains(t.get(k + 2).lower())
                || w.equals("citywide") || w.equals("nationwide")) {
            return true; // "gunfire left 20 people wounded across the city"
        }
        return w.equals("since") && (Lexicon.DAYS.contains(next) || Lexicon.MONTHS.contains(next)
                || next.equals("easter") || next.equals("christmas") || next.equals("the") && k + 2 < to
                && (t.get(k + 2).is("start") || t.get(k + 2).is("beginning"))); // "eleven people shot since Friday"
    }

    /** Background: "last week", "two years ago", "the city's 300th homicide". */
    private static boolean background(List<Tok> t, int k, int to) {
        String w = t.get(k).lower();
        String prev = k > 0 ? t.get(k - 1).lower() : "";
        if (BACKGROUND.contains(w) && prev.equals("last") || w.equals("ago") && BACKGROUND.contains(prev)) {
            return true;
        }
        if ((w.equals("after") || w.equals("before")) && LONG_SPANS.contains(prev) && k > 1 && number(t.get(k - 2))) {
            return true; // "eight months after a bystander was killed": an earlier event
        }
        String next = k + 1 < to ? t.get(k + 1).lower() : "";
        if (INCIDENT.contains(w) && OTHER_INCIDENT.contains(prev)) {
            return true; // "in a separate shooting", "another shooting left two dead"
        }
        if (w.equals("same") && (prev.equals("that") || prev.equals("the")) && PARTS_OF_DAY.contains(next)) {
            return true; // "two other men were killed that same night"
        }
        if (w.equals("earlier") && (next.equals("this") || next.equals("that")) && k + 2 < to
                && PERIODS.contains(t.get(k + 2).lower())) {
            return true; // "earlier this month"
        }
        int day = next.equals("that") ? k + 2 : next.equals("in") && k + 2 < to && t.get(k + 2).is("the") ? k + 3 : -1;
        if (w.equals("earlier") && day > 0 && day < to && t.get(day).is("day")) {
            return true; // "a vigil for a boy shot earlier in the day": another event of the same day
        }
        if (YEAR_SPAN.contains(w) && k + 1 < to) {
            int y = Lexicon.MONTHS.contains(next) ? k + 2 : k + 1;
            if (y < to && year(t.get(y))) {
                return true; // "two teens have been killed in 2016", "murdered through May 2009": a past period
            }
        }
        boolean split = Lexicon.ORDINAL_SUFFIX.contains(prev) && k > 1 && t.get(k - 2).num();
        return (w.equals("homicide") || w.equals("murder") || w.equals("killing") || w.equals("slaying"))
                && (ordinalSuffix(prev) || split || ORDINALS.contains(prev));
    }

    /** Whether the sentence {@code [from, to)} tallies several incidents. */
    static boolean tallies(List<Tok> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tally(t, k, to)) {
                return true;
            }
        }
        return false;
    }

    /** "two shootings", "3 separate shootings", "two South Side shootings": a number up to three words before. */
    private static boolean countedBefore(List<Tok> t, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            Tok x = t.get(j);
            if (number(x)) {
                return !x.is("one");
            }
            if (!x.word() || Lexicon.STOP.contains(x.lower())) {
                return false;
            }
        }
        return false;
    }

    private static boolean year(Tok x) {
        String s = x.text();
        return x.num() && s.length() == 4 && (s.startsWith("19") || s.startsWith("20"));
    }

    private static boolean number(Tok x) {
        return x.num() || Lexicon.SMALL.containsKey(x.lower()) || Lexicon.TENS.containsKey(x.lower());
    }

    private static boolean ordinalSuffix(String w) {
        return w.length() > 2 && Character.isDigit(w.charAt(0))
                && (w.endsWith("th") || w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd"));
    }

    /**
     * Removes headline casualty facts (those starting before {@code headlineEnd}) that repeat a total dropped from a
     * sentence of the same article that tallies several incidents; {@code starts} holds each fact's start offset.
     */
    static void dropEchoes(List<Fact> facts, List<Integer> starts, int headlineEnd, Set<String> totals) {
        if (totals.isEmpty()) {
            return;
        }
        for (int i = facts.size() - 1; i >= 0; i--) {
            Fact f = facts.get(i);
            if (starts.get(i) < headlineEnd && Predicates.CASUALTY.contains(f.predicate())
                    && totals.contains(key(f.predicate(), f.value()))) {
                facts.remove(i);
                starts.remove(i);
            }
        }
    }

    static String key(String predicate, double value) {
        return predicate + "|" + value;
    }
}
