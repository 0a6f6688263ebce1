package org.wirefold.processor.story;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.wirefold.processor.text.TermHash;

class AgeConflictTest {

    private static TermVector vector(String... terms) {
        long[] t = Arrays.stream(terms).mapToLong(TermHash::of).toArray();
        float[] w = new float[t.length];
        Arrays.fill(w, 1f);
        return TermVector.top(t, w, t.length);
    }

    @Test
    void shouldSeeAConflictOnlyWhenBothGiveAgesAndShareNone() {
        TermVector boy7 = vector("boy", "shot", "age_7");
        TermVector boy11 = vector("boy", "shot", "age_11");
        TermVector boy7and30 = vector("boy", "shot", "age_30", "age_7");
        TermVector noAge = vector("boy", "shot");

        assertTrue(StorySimilarity.agesConflict(boy7, boy11));
        assertFalse(StorySimilarity.agesConflict(boy7, boy7and30));
        assertFalse(StorySimilarity.agesConflict(boy7, noAge));
        assertFalse(StorySimilarity.agesConflict(noAge, boy11));
    }
}
