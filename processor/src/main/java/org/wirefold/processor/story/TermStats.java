package org.wirefold.processor.story;

import java.util.Map;
import java.util.Set;
import org.wirefold.processor.text.TermHash;

/**
 * Document frequencies learned online from the stream, in a fixed number of hashed buckets (so the table is bounded
 * whatever the vocabulary), with an in-memory copy rebuilt from {@link ClusterState} and written through to it.
 */
final class TermStats {
    private static final int DOCS = -1;
    private static final int LAST_KNOWN_TIME = -2;
    private final ClusterState state;
    private final long[] counts;
    private final int mask;
    private long docs;
    private long lastKnownTime = Long.MIN_VALUE;

    TermStats(ClusterState state, int buckets) {
        this.state = state;
        this.counts = new long[buckets];
        this.mask = buckets - 1;
    }

    void rebuild() {
        java.util.Arrays.fill(counts, 0);
        docs = state.termCount(DOCS);
        long known = state.termCount(LAST_KNOWN_TIME);
        lastKnownTime = known == 0 ? Long.MIN_VALUE : known;
        state.forEachTermCount((bucket, count) -> {
            if (bucket >= 0 && bucket < counts.length) {
                counts[bucket] = count;
            }
        });
    }

    int bucket(long termHash) {
        return (int) (termHash & mask);
    }

    /** Smoothed inverse document frequency; unseen terms get the highest value. */
    double idf(long termHash) {
        return Math.max(0, Math.log((docs + 20.0) / (counts[bucket(termHash)] + 1.0)));
    }

    long docs() {
        return docs;
    }

    /** Latest publication time seen on an article that had one, or {@code Long.MIN_VALUE}. */
    long lastKnownTime() {
        return lastKnownTime;
    }

    void knownTime(long time) {
        if (time > lastKnownTime) {
            lastKnownTime = time;
            state.putTermCount(LAST_KNOWN_TIME, time);
        }
    }

    /** Documents containing a term (or person name) hash, as far as its bucket tells. */
    long df(long termHash) {
        return counts[bucket(termHash)];
    }

    /** Counts one more document containing the given terms and person names. */
    void add(Set<Long> termHashes, long[] nameHashes) {
        docs++;
        state.putTermCount(DOCS, docs);
        java.util.TreeSet<Integer> buckets = new java.util.TreeSet<>();
        for (long t : termHashes) {
            buckets.add(bucket(t));
        }
        for (long t : nameHashes) {
            buckets.add(bucket(t));
        }
        for (int b : buckets) {
            counts[b]++;
            state.putTermCount(b, counts[b]);
        }
    }

    /** Term hashes of raw term counts, for {@link #add}. */
    static Set<Long> hashes(Map<String, Double> tf) {
        Set<Long> out = new java.util.HashSet<>();
        tf.keySet().forEach(t -> out.add(TermHash.of(t)));
        return out;
    }
}
