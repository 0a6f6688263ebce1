package org.wirefold.processor.story;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** A sparse weighted term vector: term hashes ascending with their weights. Immutable by convention. */
record TermVector(long[] terms, float[] weights) {

    static final TermVector EMPTY = new TermVector(new long[0], new float[0]);

    int size() {
        return terms.length;
    }

    double norm() {
        double s = 0;
        for (float w : weights) {
            s += (double) w * w;
        }
        return Math.sqrt(s);
    }

    /** Dot product by merge over the sorted term arrays. */
    double dot(TermVector o) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < o.terms.length) {
            long a = terms[i];
            long b = o.terms[j];
            if (a == b) {
                s += (double) weights[i++] * o.weights[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /** This vector scaled to length 1 (itself when empty). */
    TermVector unit() {
        double n = norm();
        if (n == 0) {
            return this;
        }
        float[] w = weights.clone();
        for (int k = 0; k < w.length; k++) {
            w[k] = (float) (w[k] / n);
        }
        return new TermVector(terms, w);
    }

    double cosine(TermVector o) {
        double n = norm() * o.norm();
        return n == 0 ? 0 : dot(o) / n;
    }

    /** This plus {@code o} times {@code factor}, truncated to the {@code keep} heaviest terms. */
    TermVector plus(TermVector o, double factor, int keep) {
        long[] t = new long[terms.length + o.terms.length];
        float[] w = new float[t.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length || j < o.terms.length) {
            if (j >= o.terms.length || (i < terms.length && terms[i] < o.terms[j])) {
                t[n] = terms[i];
                w[n++] = weights[i++];
            } else if (i >= terms.length || o.terms[j] < terms[i]) {
                t[n] = o.terms[j];
                w[n++] = (float) (o.weights[j++] * factor);
            } else {
                t[n] = terms[i];
                w[n++] = (float) (weights[i++] + o.weights[j++] * factor);
            }
        }
        return top(Arrays.copyOf(t, n), Arrays.copyOf(w, n), keep);
    }

    /** The {@code keep} heaviest of the given terms (ties by term), as a sorted vector. */
    static TermVector top(long[] t, float[] w, int keep) {
        if (t.length <= keep) {
            return sorted(t, w);
        }
        Integer[] idx = IntStream.range(0, t.length).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.<Integer>comparingDouble(k -> -w[k]).thenComparingLong(k -> t[k]));
        long[] tt = new long[keep];
        float[] ww = new float[keep];
        for (int k = 0; k < keep; k++) {
            tt[k] = t[idx[k]];
            ww[k] = w[idx[k]];
        }
        return sorted(tt, ww);
    }

    /** The {@code n} heaviest terms, heaviest first. */
    long[] heaviest(int n) {
        Integer[] idx = IntStream.range(0, terms.length).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.<Integer>comparingDouble(k -> -weights[k]).thenComparingLong(k -> terms[k]));
        long[] out = new long[Math.min(n, terms.length)];
        for (int k = 0; k < out.length; k++) {
            out[k] = terms[idx[k]];
        }
        return out;
    }

    private static TermVector sorted(long[] t, float[] w) {
        Integer[] idx = IntStream.range(0, t.length).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingLong(k -> t[k]));
        long[] tt = new long[t.length];
        float[] ww = new float[t.length];
        for (int k = 0; k < t.length; k++) {
            tt[k] = t[idx[k]];
            ww[k] = w[idx[k]];
        }
        return new TermVector(tt, ww);
    }
}
