package org.wirefold.processor.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

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
        Map<String, double[]> score = new HashMap<>();
        for (int i = 0; i < terms.length; i++) {
            LinkedHashSet<String> list = postings.get(terms[i]);
            if (list == null) {
                continue;
            }
            double w = weights[i];
            for (String s : list) {
                score.computeIfAbsent(s, k -> new double[1])[0] += w;
            }
        }
        // keep the best max in a min-heap instead of sorting every story touched
        Comparator<Map.Entry<String, double[]>> better = Comparator
                .comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[0])
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
        PriorityQueue<Map.Entry<String, double[]>> best = new PriorityQueue<>(max + 1, better);
        for (Map.Entry<String, double[]> e : score.entrySet()) {
            if (best.size() < max) {
                best.add(e);
            } else if (better.compare(e, best.peek()) > 0) {
                best.poll();
                best.add(e);
            }
        }
        List<Map.Entry<String, double[]>> ranked = new ArrayList<>(best);
        ranked.sort(better.reversed());
        List<String> out = new ArrayList<>(ranked.size());
        ranked.forEach(e -> out.add(e.getKey()));
        return out;
    }

    int stories() {
        return indexed.size();
    }
}
