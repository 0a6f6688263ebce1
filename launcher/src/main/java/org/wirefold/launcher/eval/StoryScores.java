package org.wirefold.launcher.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Clustering quality of predicted story ids against gold story ids: B-cubed precision, recall and F1 (averaged over
 * articles) and pairwise precision, recall and F1 (over article pairs). Only articles that have a gold story are
 * scored; a gold article without a prediction counts as a story of its own. Plain static functions, no state.
 */
public final class StoryScores {
    private StoryScores() {
    }

    /**
     * @param articles         scored articles (those with a gold story)
     * @param predictedStories distinct predicted stories among them
     * @param goldStories      distinct gold stories among them
     */
    public record Result(int articles, int predictedStories, int goldStories, double bcubedPrecision, double bcubedRecall,
                         double bcubedF1, double pairPrecision, double pairRecall, double pairF1) {

        /** One line: {@code B3 P/R/F1 and pairwise P/R/F1}. */
        public String summary() {
            return String.format(java.util.Locale.ROOT, "articles=%d stories=%d (gold %d)  B3 P=%.4f R=%.4f F1=%.4f  pair P=%.4f R=%.4f F1=%.4f",
                    articles, predictedStories, goldStories, bcubedPrecision, bcubedRecall, bcubedF1, pairPrecision, pairRecall, pairF1);
        }
    }

    /**
     * Scores a clustering.
     *
     * @param predictedStoryByArticle article id to predicted (final, after merges) story id
     * @param goldStoryByArticle      article id to gold story id
     */
    public static Result score(Map<String, String> predictedStoryByArticle, Map<String, String> goldStoryByArticle) {
        Map<String, String> predicted = new HashMap<>();
        goldStoryByArticle.keySet().forEach(id -> predicted.put(id,
                predictedStoryByArticle.getOrDefault(id, "\u0000singleton:" + id)));
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        goldStoryByArticle.forEach((id, gold) -> {
            String pred = predicted.get(id);
            predSize.merge(pred, 1, Integer::sum);
            goldSize.merge(gold, 1, Integer::sum);
            both.merge(pred + "\u0001" + gold, 1, Integer::sum);
        });
        int n = goldStoryByArticle.size();
        if (n == 0) {
            return new Result(0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        double p = 0;
        double r = 0;
        for (Map.Entry<String, String> e : goldStoryByArticle.entrySet()) {
            String pred = predicted.get(e.getKey());
            double overlap = both.get(pred + "\u0001" + e.getValue());
            p += overlap / predSize.get(pred);
            r += overlap / goldSize.get(e.getValue());
        }
        p /= n;
        r /= n;
        long tp = 0;
        for (int c : both.values()) {
            tp += (long) c * (c - 1) / 2;
        }
        long predPairs = 0;
        for (int c : predSize.values()) {
            predPairs += (long) c * (c - 1) / 2;
        }
        long goldPairs = 0;
        for (int c : goldSize.values()) {
            goldPairs += (long) c * (c - 1) / 2;
        }
        double pp = predPairs == 0 ? 1 : (double) tp / predPairs;
        double pr = goldPairs == 0 ? 1 : (double) tp / goldPairs;
        return new Result(n, predSize.size(), goldSize.size(), p, r, f1(p, r), pp, pr, f1(pp, pr));
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
