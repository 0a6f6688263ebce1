package org.wirefold.processor.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wirefold.processor.facts.QuantityExtractor.Hit;

/**
 * Phrases around a count that name what it counts: the destination of people sent ("sent to Ukraine") and the named
 * items an "N other X" count leaves out ("Kolesnikova, along with 113 other prisoners"). Bounded look-arounds only.
 */
final class CountPhrases {
    private static final Set<String> ALONG = Set.of("along", "alongside", "together", "besides");
    private static final Set<String> PLACE_STOP = Set.of("the", "a", "an");
    private static final Set<String> LOCATIVE = Set.of("of", "to", "for", "in", "from", "at", "by", "on", "with");

    private CountPhrases() {
    }

    /** "to Ukraine" after the verb or before the number. */
    static String destination(Hit hit, Hit prev, Hit next) {
        List<Tok> t = hit.toks();
        int lo = prev != null ? prev.next() : hit.from();
        int hi = next != null ? next.first() : hit.to();
        lo = Math.max(lo, hit.first() - 10);
        hi = Math.min(hi, hit.next() + 12);
        String after = place(t, hit.next(), hi, true);
        return after.isEmpty() ? place(t, lo, hit.first(), false) : after;
    }

    /** The first (or last) "to Capitalised Words" in {@code [lo, hi)}. */
    private static String place(List<Tok> t, int lo, int hi, boolean first) {
        String best = "";
        for (int k = lo; k < hi; k++) {
            if (!t.get(k).is("to") || k + 1 >= hi) {
                continue;
            }
            int m = k + 1;
            while (m < hi && PLACE_STOP.contains(t.get(m).lower())) {
                m++;
            }
            StringBuilder sb = new StringBuilder();
            while (m < hi && t.get(m).capitalized() && sb.length() < 40) {
                sb.append(sb.length() == 0 ? "" : " ").append(t.get(m).text());
                m++;
            }
            if (sb.length() > 0) {
                best = sb.toString().toLowerCase(Locale.ROOT);
                if (first) {
                    return best;
                }
            }
        }
        return best;
    }

    /** Named items listed before "and" / "along with" that an "N other X" count leaves out. */
    static int named(Hit hit) {
        List<Tok> t = hit.toks();
        int k = hit.first() - 1;
        while (k >= hit.from() && (t.get(k).is("over") || t.get(k).is("more") || t.get(k).is("than")
                || t.get(k).is("about") || t.get(k).is("some") || t.get(k).is("nearly") || t.get(k).is("least")
                || t.get(k).is("at") || t.get(k).is("around"))) {
            k--;
        }
        if (k < hit.from()) {
            return 0;
        }
        int atLeast = 0;
        if (t.get(k).is("with") && k - 1 >= hit.from() && (t.get(k - 1).is("along") || t.get(k - 1).is("together"))) {
            k -= 2;
            atLeast = 1;
        } else if (ALONG.contains(t.get(k).lower()) || t.get(k).is("with")) {
            k--;
            atLeast = 1;
        } else if (t.get(k).is("and") || t.get(k).is("plus")) {
            k--;
        } else {
            return 0;
        }
        int count = 0;
        int end = k; // inclusive end of the current segment
        while (end >= hit.from() && count < 6) {
            while (end >= hit.from() && t.get(end).is(",")) {
                end--;
            }
            int start = end;
            while (start - 1 >= hit.from() && !t.get(start - 1).is(",") && !t.get(start - 1).is("and")) {
                start--;
            }
            if (end < hit.from() || !t.get(end).capitalized() || Lexicon.DAYS.contains(t.get(end).lower())
                    || Lexicon.MONTHS.contains(t.get(end).lower())) {
                break;
            }
            int run = end;
            while (run - 1 >= start && (t.get(run - 1).capitalized() || t.get(run - 1).is("."))) {
                run--;
            }
            if (run > start && LOCATIVE.contains(t.get(run - 1).lower())) {
                break;
            }
            count++;
            if (end - start > 6 || start - 1 < hit.from()) {
                break;
            }
            end = start - 2;
        }
        return Math.max(count, atLeast);
    }
}
