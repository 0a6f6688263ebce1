package org.wirefold.processor.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * In-memory inverted index from a story's heaviest centroid terms to the story, for candidate retrieval. Each
 * posting list keeps at most {@code postingLimit} stories, the most recently updated last; older ones fall off. So a
 * lookup touches at most (query terms × posting limit) entries however many stories are live. A cache: rebuilt
 * from the story sketches on start.
 */
final class CandidateIndex {
    private final int postingLimit;
    private final Map<Long, LinkedHashSet<String>> postings = new HashMap<>();
    private final Map<String, long[]> indexed = new HashMap<>();

    CandidateIndex(int postingLimit) {
        this.postingLimit = postingLimit;
    }

    /** (Re)indexes a story under {@code terms}, marking it most recent in each list. */
    void put(String story, long[] terms) {
        remove(story);
        for (long t : terms) {
            LinkedHashSet<String> list = postings.computeIfAbsent(t, k -> new LinkedHashSet<>());
            list.add(story);
            if (list.size() > postingLimit) {
                Iterator<String> it = list.iterator();
                it.next();
                it.remove();
            }
        }
        indexed.put(story, terms);
    }

    void remove(String story) {
        long[] old = indexed.remove(story);
        if (old == null) {
            return;
        }
        for (long t : old) {
            LinkedHashSet<String> list = postings.get(t);
            if (list != null) {
                list.remove(story);
                if (list.isEmpty()) {
                    postings.remove(t);
                }
            }
        }
    }

    /**
     * Stories sharing query terms, ranked by the summed weight of the shared terms (ties by id), at most {@code max}.
     */
    List<String> candidates(long[] terms, double[] weights, int max) {
        Map<String, Double> score = new HashMap<>();
        for (int i = 0; i < terms.length; i++) {
            LinkedHashSet<String> list = postings.get(terms[i]);
            if (list == null) {
                continue;
            }
            double w = weights[i];
            for (String s : list) {
                score.merge(s, w, Double::sum);
            }
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(score.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>(Math.min(max, ranked.size()));
        for (int i = 0; i < ranked.size() && i < max; i++) {
            out.add(ranked.get(i).getKey());
        }
        return out;
    }

    int stories() {
        return indexed.size();
    }
}
