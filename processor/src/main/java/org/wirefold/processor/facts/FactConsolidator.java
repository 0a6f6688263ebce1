package org.wirefold.processor.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wirefold.common.model.Fact;
import org.wirefold.common.model.StoryFact;

/**
 * Consolidates the facts of a story's member articles into one value per fact key, keeping each fact's history.
 * Deterministic: the same articles give the same values in any order, except where recency breaks a tie.
 *
 * <p>Policy, per fact key:
 * <ol>
 *   <li>An explicit correction ("four, not five as first reported", {@link Fact#corrects()}) removes the corrected
 *       value and its value wins (the most recent correction if several), when some article of the story stated the
 *       corrected value; a correction of a value nobody stated is an ordinary statement of its own value (a victim
 *       first reported wounded who died corrects one wounded to none, not another outlet's count of two).</li>
 *   <li>Otherwise the exact ({@code =}) value stated by the most articles wins, then the value most articles state
 *       first (their lead); a tie of the wounded ({@code injured|person|}) goes to the people shot less the dead
 *       when both of those are settled exact values ("five shot, two died": three wounded, whoever first counted a
 *       victim who later died among the wounded); a remaining tie goes, for casualty counts ({@code killed}, {@code injured}, {@code shot}),
 *       to the larger value (partial counts are smaller and tolls rise), else to the value with the most recent
 *       supporting article (publication time, then arrival order), and is flagged as a conflict. Publication time,
 *       never arrival order, decides between corrections, so any arrival order ends at the same value.</li>
 *   <li>Bounds and approximations ({@code > < ~}) are absorbed by an exact value that satisfies them ("over 100",
 *       then 123: 123, no conflict); a bound the winner contradicts flags a conflict.</li>
 *   <li>Without any exact value, the candidate with most articles wins, then the tightest bound, then recency.</li>
 * </ol>
 * A fact with no counted noun ("123 freed") joins the key of the same predicate and place that states the same value
 * with a noun, or else the only such key with a noun, when there is exactly one. {@code sources} counts the distinct articles stating the winning value and qualifier.
 *
 * <p>History: an entry is appended only when the consolidated value, qualifier or conflict flag changes (a new
 * supporting source alone adds none): {@code new-fact} on first appearance, {@code correction} when a correction
 * set the value, {@code conflict} when the fact becomes (or changes value while) in conflict, {@code new-value}
 * otherwise, including a cleared conflict. Keys no longer supported by any article are dropped.
 */
public final class FactConsolidator {
    /** Supporting articles listed per candidate value (all are counted). */
    static final int LISTED_ARTICLES = 20;
    /** History entries kept per fact: the first and the latest. */
    static final int MAX_HISTORY = 50;

    /** One article's statement of a value. */
    private record Support(String article, int arrival, Instant published, Fact fact, boolean primary) {
    }

    /**
     * @param previous the story's consolidated facts before this change (their history is carried on)
     * @param articles facts of every non-duplicate member, in arrival order
     * @param cause    id of the article (or merged story) that caused this change
     * @param at       time of the change
     * @return the new consolidated facts, sorted by key, with a history entry appended to each fact that changed
     */
    public List<StoryFact> consolidate(List<StoryFact> previous, List<ArticleFacts> articles, String cause, Instant at) {
        Map<String, StoryFact> before = new HashMap<>();
        for (StoryFact f : previous == null ? List.<StoryFact>of() : previous) {
            before.put(f.key(), f);
        }
        Map<String, List<Support>> byKey = group(articles == null ? List.of() : articles);
        Map<String, StoryFact> decided = new LinkedHashMap<>();
        for (Map.Entry<String, List<Support>> e : byKey.entrySet()) {
            decided.put(e.getKey(), decide(e.getKey(), e.getValue(), before.get(e.getKey()), cause, at, null));
        }
        // people shot are the dead and the wounded: a tie among the wounded goes to those shot less the dead
        StoryFact shot = decided.get(SHOT);
        StoryFact injured = decided.get(INJURED);
        StoryFact killed = decided.get(KILLED);
        if (settled(shot) && injured != null && injured.conflict() && (killed == null || settled(killed))) {
            double rest = shot.value() - (killed == null ? 0 : killed.value());
            decided.put(INJURED, decide(INJURED, byKey.get(INJURED), before.get(INJURED), cause, at, rest));
        }
        List<StoryFact> out = new ArrayList<>(decided.values());
        out.sort(Comparator.comparing(StoryFact::key));
        return out;
    }

    private static Map<String, List<Support>> group(List<ArticleFacts> articles) {
        // subjects seen per predicate|place, to give "123 freed" the story's counted noun
        Map<String, Set<String>> subjects = new HashMap<>();
        Map<String, Set<String>> subjectsWithValue = new HashMap<>();
        for (ArticleFacts a : articles) {
            for (Fact f : a.facts()) {
                if (!f.subject().isEmpty()) {
                    subjects.computeIfAbsent(f.predicate() + "|" + f.place(), k -> new TreeSet<>()).add(f.subject());
                    subjectsWithValue.computeIfAbsent(f.predicate() + "|" + f.place() + "|" + f.value(),
                            k -> new TreeSet<>()).add(f.subject());
                }
            }
        }
        Map<String, List<Support>> byKey = new TreeMap<>();
        Set<String> seenArticles = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            ArticleFacts a = articles.get(i);
            if (!seenArticles.add(a.articleId())) {
                continue;
            }
            Set<String> keysSeen = new HashSet<>();
            for (Fact f : a.facts()) {
                Fact g = f;
                if (f.subject().isEmpty()) {
                    Set<String> s = subjectsWithValue.get(f.predicate() + "|" + f.place() + "|" + f.value());
                    if (s == null || s.size() != 1) {
                        s = subjects.get(f.predicate() + "|" + f.place());
                    }
                    if (s != null && s.size() == 1) {
                        String subject = s.iterator().next();
                        g = new Fact(f.predicate() + "|" + subject + "|" + f.place(), f.predicate(), subject, f.place(),
                                f.value(), f.qualifier(), f.other(), f.corrects(), f.span());
                    }
                }
                boolean primary = keysSeen.add(g.key());
                byKey.computeIfAbsent(g.key(), k -> new ArrayList<>())
                        .add(new Support(a.articleId(), i, a.published(), g, primary));
            }
        }
        return byKey;
    }

    /** An exact value without conflict. */
    private static boolean settled(StoryFact f) {
        return f != null && f.qualifier().equals("=") && !f.conflict();
    }

    private static final String SHOT = "shot|person|";
    private static final String KILLED = "killed|person|";
    private static final String INJURED = "injured|person|";

    private static StoryFact decide(String key, List<Support> all, StoryFact prev, String cause, Instant at,
                                    Double preferred) {
        Fact any = all.get(0).fact();
        // candidates: (value, qualifier) -> supporting articles
        Map<String, List<Support>> cands = new LinkedHashMap<>();
        Set<Double> corrected = new HashSet<>();
        Support correction = null;
        for (Support s : all) {
            cands.computeIfAbsent(s.fact().qualifier() + "|" + s.fact().value(), k -> new ArrayList<>()).add(s);
            // a correction of a value nobody in the story stated is an ordinary statement of its own value
            if (s.fact().corrects() != null && stated(all, s.fact().corrects())) {
                corrected.add(s.fact().corrects());
                if (correction == null || newer(s, correction)) {
                    correction = s;
                }
            }
        }
        List<StoryFact.Candidate> candidates = new ArrayList<>();
        for (List<Support> l : cands.values()) {
            candidates.add(new StoryFact.Candidate(l.get(0).fact().value(), l.get(0).fact().qualifier(), articleIds(l),
                    distinct(l)));
        }
        candidates.sort(Comparator.comparingDouble(StoryFact.Candidate::value).thenComparing(StoryFact.Candidate::qualifier));

        List<Support> winner = null;
        boolean conflict = false;
        boolean byCorrection = false;
        if (correction != null) {
            winner = cands.get("=|" + correction.fact().value());
            if (winner == null) {
                winner = cands.get(correction.fact().qualifier() + "|" + correction.fact().value());
            }
            byCorrection = true;
        } else {
            List<List<Support>> exact = new ArrayList<>();
            for (List<Support> l : cands.values()) {
                Fact f = l.get(0).fact();
                if (f.qualifier().equals("=") && !corrected.contains(f.value())) {
                    exact.add(l);
                }
            }
            if (!exact.isEmpty()) {
                exact.sort((x, y) -> byStrength(x, y, preferred));
                winner = exact.get(0);
                conflict = exact.size() > 1 && distinct(exact.get(1)) == distinct(winner)
                        && primaries(exact.get(1)) == primaries(winner);
            } else {
                List<List<Support>> rest = new ArrayList<>(cands.values());
                rest.sort(Comparator.comparingInt((List<Support> l) -> -distinct(l))
                        .thenComparing(FactConsolidator::tightness)
                        .thenComparing((x, y) -> newer(latest(x), latest(y)) ? -1 : newer(latest(y), latest(x)) ? 1 : 0)
                        .thenComparing(l -> l.get(0).fact().value()));
                winner = rest.get(0);
            }
        }
        Fact w = winner.get(0).fact();
        for (List<Support> l : cands.values()) {
            Fact f = l.get(0).fact();
            if (w.qualifier().equals("=") && !f.qualifier().equals("=") && !corrected.contains(f.value())
                    && !consistent(w.value(), f)) {
                conflict = true;
            }
        }
        List<StoryFact.Change> history = new ArrayList<>(prev == null ? List.of() : prev.history());
        if (prev == null) {
            history.add(new StoryFact.Change(at, null, w.value(), w.qualifier(), "new-fact", cause));
        } else {
            boolean valueChanged = prev.value() != w.value() || !Objects.equals(prev.qualifier(), w.qualifier());
            if (valueChanged || prev.conflict() != conflict) {
                String reason = byCorrection && valueChanged ? "correction"
                        : conflict && (valueChanged || !prev.conflict()) ? "conflict" : "new-value";
                history.add(new StoryFact.Change(at, prev.value(), w.value(), w.qualifier(), reason, cause));
            }
        }
        return new StoryFact(key, any.predicate(), any.subject(), any.place(), w.value(), w.qualifier(), distinct(winner),
                conflict, List.copyOf(candidates), bounded(history));
    }

    /** Whether some statement that is not itself a correction gives {@code value}. */
    private static boolean stated(List<Support> all, double value) {
        return all.stream().anyMatch(s -> s.fact().corrects() == null && s.fact().value() == value);
    }

    /** More articles first, then more leads, then the larger casualty count, then the most recent. */
    private static int byStrength(List<Support> a, List<Support> b, Double preferred) {
        int c = Integer.compare(distinct(b), distinct(a));
        if (c != 0) {
            return c;
        }
        c = Long.compare(primaries(b), primaries(a));
        if (c != 0) {
            return c;
        }
        if (preferred != null) {
            c = Boolean.compare(b.get(0).fact().value() == preferred, a.get(0).fact().value() == preferred);
            if (c != 0) {
                return c;
            }
        }
        if (Predicates.CASUALTY.contains(a.get(0).fact().predicate())) {
            c = Double.compare(b.get(0).fact().value(), a.get(0).fact().value());
            if (c != 0) {
                return c;
            }
        }
        Support la = latest(a);
        Support lb = latest(b);
        if (newer(la, lb)) {
            return -1;
        }
        if (newer(lb, la)) {
            return 1;
        }
        return Double.compare(a.get(0).fact().value(), b.get(0).fact().value());
    }

    /** Tighter bounds first: the highest lower bound, the lowest upper bound. */
    private static double tightness(List<Support> l) {
        Fact f = l.get(0).fact();
        return f.qualifier().equals(">") ? -f.value() : f.qualifier().equals("<") ? f.value() : 0;
    }

    /** Whether a bound or approximation agrees with an exact value. */
    static boolean consistent(double exact, Fact f) {
        return switch (f.qualifier()) {
            case "=" -> f.value() == exact;
            case ">" -> exact >= f.value();
            case "<" -> exact <= f.value();
            case "~" -> Math.abs(exact - f.value()) <= Math.max(2, 0.25 * f.value()) || exact >= f.value() && f.value() >= 100;
            default -> true;
        };
    }

    private static boolean newer(Support a, Support b) {
        Instant pa = a.published() == null ? Instant.MIN : a.published();
        Instant pb = b.published() == null ? Instant.MIN : b.published();
        int c = pa.compareTo(pb);
        if (c != 0) {
            return c > 0;
        }
        return a.arrival() > b.arrival();
    }

    private static Support latest(List<Support> l) {
        Support best = l.get(0);
        for (Support s : l) {
            if (newer(s, best)) {
                best = s;
            }
        }
        return best;
    }

    private static long primaries(List<Support> l) {
        return l.stream().filter(Support::primary).map(Support::article).distinct().count();
    }

    private static int distinct(List<Support> l) {
        Set<String> ids = new HashSet<>();
        for (Support s : l) {
            ids.add(s.article());
        }
        return ids.size();
    }

    private static List<String> articleIds(List<Support> l) {
        return new TreeSet<>(l.stream().map(Support::article).toList()).stream().limit(LISTED_ARTICLES).toList();
    }

    /** Keeps the first change and the latest ones: a fact that changes on every report stays bounded. */
    private static List<StoryFact.Change> bounded(List<StoryFact.Change> history) {
        if (history.size() <= MAX_HISTORY) {
            return List.copyOf(history);
        }
        List<StoryFact.Change> out = new ArrayList<>(MAX_HISTORY);
        out.add(history.get(0));
        out.addAll(history.subList(history.size() - MAX_HISTORY + 1, history.size()));
        return List.copyOf(out);
    }
}
