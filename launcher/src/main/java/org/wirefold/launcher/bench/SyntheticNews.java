package org.wirefold.launcher.bench;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.wirefold.common.model.Article;
import org.wirefold.processor.model.CleanArticle;

/**
 * Generated articles for the benchmark: each story has its own dozen "named" words (places, people) on top of a
 * shared Zipf-distributed everyday vocabulary, so stories overlap in common words like real news. Deterministic
 * for a seed.
 */
final class SyntheticNews {
    private static final int COMMON = 3000;
    private static final int SPECIFIC = 12;
    private final SplittableRandom random;
    private final String[] common = new String[COMMON];
    private final double[] zipf = new double[COMMON];

    SyntheticNews(long seed) {
        this.random = new SplittableRandom(seed);
        double sum = 0;
        for (int i = 0; i < COMMON; i++) {
            common[i] = word(i * 7919L + 17, false);
            sum += 1.0 / (i + 1);
            zipf[i] = sum;
        }
        for (int i = 0; i < COMMON; i++) {
            zipf[i] /= sum;
        }
    }

    /** An article of story {@code story} (its named words are derived from the story number). */
    CleanArticle article(String id, long story, Instant time) {
        StringBuilder title = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            title.append(i % 2 == 0 ? named(story) : commonWord()).append(' ');
        }
        for (int s = 0; s < 12; s++) {
            body.append(named(story));
            for (int w = 0; w < 12; w++) {
                body.append(' ').append(random.nextInt(4) == 0 ? named(story) : commonWord());
            }
            body.append(". ");
        }
        Article a = new Article(id, "bench", null, time, title.toString().strip(), body.toString().strip(), time.plusSeconds(1));
        return new CleanArticle(a, a.text(), null, List.of(), List.of(), List.of(), null);
    }

    private String named(long story) {
        return word(story * 1_000_003L + random.nextInt(SPECIFIC), true);
    }

    private String commonWord() {
        double u = random.nextDouble();
        int lo = 0;
        int hi = COMMON - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zipf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return common[lo];
    }

    private static String word(long n, boolean capital) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        long x = Math.abs(n * 0x9E3779B97F4A7C15L);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append(consonants.charAt((int) (x % consonants.length())));
            x /= consonants.length();
            sb.append(vowels.charAt((int) (x % vowels.length())));
            x /= vowels.length();
        }
        if (capital) {
            sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        }
        return sb.toString();
    }
}
