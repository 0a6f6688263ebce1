package org.wirefold.processor.text;

/**
 * MinHash signatures of word shingles, for near-duplicate detection: the share of equal signature positions
 * estimates the Jaccard similarity of the two shingle sets. Signatures are split into bands for LSH lookup.
 * Thread-safe.
 */
public final class MinHash {
    private final int size;
    private final int shingleWords;
    private final long[] seeds;

    /**
     * @param size         signature length (number of hash functions), a multiple of the band count used
     * @param shingleWords words per shingle (5 is usual for news)
     */
    public MinHash(int size, int shingleWords) {
        this.size = size;
        this.shingleWords = shingleWords;
        this.seeds = new long[size];
        for (int i = 0; i < size; i++) {
            seeds[i] = TermHash.mix(0x9e3779b97f4a7c15L * (i + 1));
        }
    }

    /** Signature of the word shingles of {@code normalizedText} (see {@link TextNormalizer}); empty text gives all max values. */
    public int[] signature(String normalizedText) {
        int[] sig = new int[size];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        String[] words = normalizedText.isEmpty() ? new String[0] : normalizedText.split(" ");
        long[] wordHashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHashes[i] = TermHash.of(words[i]);
        }
        int n = Math.max(1, words.length - shingleWords + 1);
        if (words.length == 0) {
            return sig;
        }
        for (int i = 0; i < n; i++) {
            long h = 0;
            for (int j = i; j < Math.min(words.length, i + shingleWords); j++) {
                h = TermHash.mix(h * 31 + wordHashes[j]);
            }
            for (int k = 0; k < size; k++) {
                int v = (int) (TermHash.mix(h ^ seeds[k]) >>> 33);
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of two signatures of the same length. */
    public static double similarity(int[] a, int[] b) {
        if (a == null || b == null || a.length != b.length || a.length == 0) {
            return 0;
        }
        int eq = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                eq++;
            }
        }
        return (double) eq / a.length;
    }

    /** LSH keys: one per band of {@code rows} consecutive positions, the band index folded in. */
    public static long[] bandKeys(int[] sig, int rows) {
        int bands = sig.length / rows;
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = b + 1;
            for (int r = 0; r < rows; r++) {
                h = TermHash.mix(h * 0x100000001b3L + sig[b * rows + r]);
            }
            keys[b] = h;
        }
        return keys;
    }
}
