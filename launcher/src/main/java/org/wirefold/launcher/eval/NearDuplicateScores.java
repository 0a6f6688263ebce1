package org.wirefold.launcher.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-duplicate detection quality against a list of article pairs with their true word-shingle Jaccard (as in
 * {@code reuters.pairs.jsonl}: every pair with Jaccard ≥ 0.5; unlisted pairs are distinct).
 *
 * <ul>
 *   <li><b>recall</b>: share of pairs with Jaccard ≥ {@value #NEAR} whose later article (in feed order) is marked a
 *       duplicate either of the earlier one or of the same duplicate group (same first copy, following
 *       {@code duplicateOf} links), or, marked a duplicate, sits in the same predicted story as the earlier one;</li>
 *   <li><b>false-claim rate</b>: share of duplicate claims (article → its {@code duplicateOf}) whose pair is listed
 *       with Jaccard &lt; {@value #DISTINCT} or not listed at all.</li>
 * </ul>
 * Plain static functions, no state.
 */
public final class NearDuplicateScores {
    /** Jaccard from which a pair is a near duplicate that must be found. */
    public static final double NEAR = 0.9;
    /** Jaccard below which a duplicate claim is false. */
    public static final double DISTINCT = 0.5;

    private NearDuplicateScores() {
    }

    /** One gold pair: two article ids and their word-5-shingle Jaccard. */
    public record Pair(String a, String b, double jaccard) {
    }

    /**
     * @param nearPairs      pairs with Jaccard ≥ 0.9
     * @param found          of those, found as duplicates
     * @param claims         duplicate claims made
     * @param falseClaims    of those, on pairs with Jaccard &lt; 0.5 or unlisted
     */
    public record Result(int nearPairs, int found, double recall, int claims, int falseClaims, double falseClaimRate) {

        public String summary() {
            return String.format(java.util.Locale.ROOT, "near pairs=%d found=%d recall=%.4f  claims=%d false=%d rate=%.4f",
                    nearPairs, found, recall, claims, falseClaims, falseClaimRate);
        }
    }

    /**
     * Scores duplicate claims.
     *
     * @param duplicateOfByArticle    article id to the id it was marked a duplicate of (absent or null: not a duplicate)
     * @param order                   article ids in feed order
     * @param predictedStoryByArticle article id to final predicted story (may be empty)
     * @param pairs                   the gold pairs
     */
    public static Result score(Map<String, String> duplicateOfByArticle, List<String> order,
                               Map<String, String> predictedStoryByArticle, List<Pair> pairs) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.putIfAbsent(order.get(i), i);
        }
        Map<String, Double> jaccard = new HashMap<>();
        for (Pair p : pairs) {
            jaccard.put(key(p.a(), p.b()), p.jaccard());
        }
        int near = 0;
        int found = 0;
        for (Pair p : pairs) {
            if (p.jaccard() < NEAR) {
                continue;
            }
            near++;
            int pa = position.getOrDefault(p.a(), Integer.MAX_VALUE);
            int pb = position.getOrDefault(p.b(), Integer.MAX_VALUE);
            String earlier = pa <= pb ? p.a() : p.b();
            String later = pa <= pb ? p.b() : p.a();
            String dup = duplicateOfByArticle.get(later);
            if (dup == null) {
                continue;
            }
            String storyLater = predictedStoryByArticle.get(later);
            if (dup.equals(earlier) || root(dup, duplicateOfByArticle).equals(root(earlier, duplicateOfByArticle))
                    || (storyLater != null && storyLater.equals(predictedStoryByArticle.get(earlier)))) {
                found++;
            }
        }
        int claims = 0;
        int wrong = 0;
        for (Map.Entry<String, String> e : duplicateOfByArticle.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            claims++;
            Double j = jaccard.get(key(e.getKey(), e.getValue()));
            if (j == null || j < DISTINCT) {
                wrong++;
            }
        }
        return new Result(near, found, near == 0 ? 1 : (double) found / near, claims, wrong,
                claims == 0 ? 0 : (double) wrong / claims);
    }

    private static String root(String id, Map<String, String> dupOf) {
        String r = id;
        for (int i = 0; i < 100; i++) {
            String next = dupOf.get(r);
            if (next == null || next.equals(r)) {
                return r;
            }
            r = next;
        }
        return r;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
