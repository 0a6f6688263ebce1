package org.wirefold.processor.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** In-memory LSH buckets over MinHash band keys of recent articles. A cache: rebuilt from the article index on start. */
final class DuplicateIndex {
    private final Map<Long, List<String>> buckets = new HashMap<>();

    void add(String article, long[] bandKeys) {
        for (long k : bandKeys) {
            buckets.computeIfAbsent(k, x -> new ArrayList<>(2)).add(article);
        }
    }

    void remove(String article, long[] bandKeys) {
        for (long k : bandKeys) {
            List<String> list = buckets.get(k);
            if (list != null) {
                list.remove(article);
                if (list.isEmpty()) {
                    buckets.remove(k);
                }
            }
        }
    }

    /** Articles sharing at least one band, in id order. */
    TreeSet<String> candidates(long[] bandKeys) {
        TreeSet<String> out = new TreeSet<>();
        for (long k : bandKeys) {
            List<String> list = buckets.get(k);
            if (list != null) {
                out.addAll(list);
            }
        }
        return out;
    }
}
