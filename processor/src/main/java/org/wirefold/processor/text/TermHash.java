package org.wirefold.processor.text;

import java.nio.charset.StandardCharsets;

/** 64-bit hashes of terms and shingles (FNV-1a with a final avalanche mix): stable across JVMs and restarts. */
public final class TermHash {
    private TermHash() {
    }

    /** Hash of a string's UTF-8 bytes. */
    public static long of(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The murmur3 finaliser: spreads every input bit over the output. */
    public static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
