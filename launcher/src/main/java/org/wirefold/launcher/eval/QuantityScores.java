package org.wirefold.launcher.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wirefold.processor.facts.Quantity;

/**
 * Quantity extraction quality against NewsQuant-style gold: precision, recall and F1 of values (matched numerically,
 * a range matches a range with the same ends), of value+change ({@code = ~ > < up down} exactly as in the gold file)
 * and of value+unit (unit compared on its head: the counted noun or unit word before any "of"/"per", singular, with
 * %/percent/per cent and $/dollar/US$ folded; the gold normalised unit is accepted too). Within a sentence each gold
 * quantity matches at most one prediction. Only sentences present in the gold are scored. Plain static functions.
 */
public final class QuantityScores {
    private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("%", "percent"),
            Map.entry("per cent", "percent"), Map.entry("pc", "percent"), Map.entry("percentage", "percent"),
            Map.entry("$", "dollar"), Map.entry("us$", "dollar"), Map.entry("usd", "dollar"), Map.entry("$us", "dollar"),
            Map.entry("$ us", "dollar"), Map.entry("us $", "dollar"), Map.entry("dollars", "dollar"));
    private static final Set<String> KEEP_HYPHEN = Set.of("lb-ft", "pound-feet", "year-old", "month-old", "week-old",
            "day-old", "pound-foot");

    private QuantityScores() {
    }

    /** One gold quantity as in the gold file. */
    public record Gold(String value, String change, String unit, String normalizedUnit) {
    }

    /** Counts and P/R/F1 of one matching criterion. */
    public record Score(int matched, int predicted, int gold, double precision, double recall, double f1) {
    }

    /** The three criteria. */
    public record Result(int sentences, Score value, Score valueChange, Score valueUnit) {

        /** One line per criterion. */
        public String summary() {
            return String.format(Locale.ROOT, "sentences=%d%n", sentences) + line("value", value)
                    + line("value+change", valueChange) + line("value+unit", valueUnit);
        }

        private static String line(String name, Score s) {
            return String.format(Locale.ROOT, "  %-13s P=%.4f R=%.4f F1=%.4f  (matched %d, predicted %d, gold %d)%n",
                    name, s.precision(), s.recall(), s.f1(), s.matched(), s.predicted(), s.gold());
        }
    }

    /** Reads {@code {"id","quantities":[{"value","change","unit","normalized_unit"}]}} lines. */
    public static Map<String, List<Gold>> readGold(Path file) throws IOException {
        Map<String, List<Gold>> out = new LinkedHashMap<>();
        for (JsonNode n : GoldFile.lines(file)) {
            List<Gold> qs = new ArrayList<>();
            for (JsonNode q : n.path("quantities")) {
                qs.add(new Gold(q.path("value").asText(), q.path("change").asText("="), q.path("unit").asText(""),
                        q.path("normalized_unit").asText("")));
            }
            out.put(n.path("id").asText(), qs);
        }
        return out;
    }

    /**
     * @param predicted quantities per sentence id
     * @param gold      gold quantities per sentence id
     */
    public static Result score(Map<String, List<Quantity>> predicted, Map<String, List<Gold>> gold) {
        int[][] c = new int[3][3]; // criterion x {matched, predicted, gold}
        for (Map.Entry<String, List<Gold>> e : gold.entrySet()) {
            List<Quantity> p = predicted.getOrDefault(e.getKey(), List.of());
            for (int mode = 0; mode < 3; mode++) {
                c[mode][0] += match(p, e.getValue(), mode);
                c[mode][1] += p.size();
                c[mode][2] += e.getValue().size();
            }
        }
        return new Result(gold.size(), score(c[0]), score(c[1]), score(c[2]));
    }

    private static int match(List<Quantity> predicted, List<Gold> gold, int mode) {
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        for (Gold g : gold) {
            double[] gv = parseValue(g.value());
            for (int j = 0; j < predicted.size(); j++) {
                Quantity p = predicted.get(j);
                if (used[j] || gv == null || !sameValue(gv, p)) {
                    continue;
                }
                if (mode == 1 && !p.change().equals(g.change())) {
                    continue;
                }
                if (mode == 2) {
                    String h = unitHead(p.unit());
                    if (!h.equals(unitHead(g.unit())) && !h.equals(unitHead(g.normalizedUnit()))) {
                        continue;
                    }
                }
                used[j] = true;
                matched++;
                break;
            }
        }
        return matched;
    }

    private static boolean sameValue(double[] g, Quantity p) {
        double lo = p.value();
        double hi = p.upper() == null ? p.value() : p.upper();
        return close(g[0], lo) && close(g[1], hi);
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
    }

    /** A gold value: {@code 123}, {@code -5.0}, {@code 1.99E-29} or a range {@code 252.0-287.0}; null if unreadable. */
    static double[] parseValue(String s) {
        String v = s.strip();
        try {
            double x = Double.parseDouble(v);
            return new double[] {x, x};
        } catch (NumberFormatException e) {
            // a range
        }
        for (int i = 1; i < v.length(); i++) {
            char prev = v.charAt(i - 1);
            if (v.charAt(i) == '-' && prev != 'e' && prev != 'E') {
                try {
                    return new double[] {Double.parseDouble(v.substring(0, i).strip()),
                        Double.parseDouble(v.substring(i + 1).strip())};
                } catch (NumberFormatException e) {
                    // try the next dash
                }
            }
        }
        return null;
    }

    /** The head of a unit: word before "per"/"of", last word, singular, synonyms folded; empty for none. */
    static String unitHead(String unit) {
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT).strip();
        if (u.equals("-") || u.isEmpty()) {
            return "";
        }
        for (String sep : new String[] {" per ", " of ", " a ", " an "}) {
            int i = u.indexOf(sep);
            if (i > 0) {
                u = u.substring(0, i);
            }
        }
        u = SYNONYMS.getOrDefault(u, u);
        String[] words = u.split("\\s+");
        String w = SYNONYMS.getOrDefault(words[words.length - 1], words[words.length - 1]);
        if (w.indexOf('-') > 0 && !KEEP_HYPHEN.contains(w)) {
            w = w.substring(0, w.indexOf('-'));
        }
        if (w.endsWith("s") && w.length() > 3 && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static Score score(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        return new Score(c[0], c[1], c[2], p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
