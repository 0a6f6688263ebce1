package org.wirefold.launcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearDuplicateScoresTest {
    private static final List<String> ORDER = List.of("r1", "r2", "r3", "r4", "r5");
    private static final List<NearDuplicateScores.Pair> PAIRS = List.of(
            new NearDuplicateScores.Pair("r1", "r2", 0.97),
            new NearDuplicateScores.Pair("r3", "r1", 0.93),
            new NearDuplicateScores.Pair("r4", "r5", 0.62),
            new NearDuplicateScores.Pair("r2", "r5", 0.41));

    @Test
    void shouldFindPairsMarkedAgainstTheEarlierArticleOrItsGroup() {
        // r2 -> r1 directly; r3 -> r2 which belongs to r1's group
        NearDuplicateScores.Result r = NearDuplicateScores.score(Map.of("r2", "r1", "r3", "r2"), ORDER, Map.of(), PAIRS);

        assertEquals(2, r.nearPairs());
        assertEquals(2, r.found());
        assertEquals(1.0, r.recall(), 1e-9);
    }

    @Test
    void shouldMissAPairWhoseLaterArticleIsNotMarked() {
        NearDuplicateScores.Result r = NearDuplicateScores.score(Map.of("r2", "r1"), ORDER, Map.of(), PAIRS);

        assertEquals(0.5, r.recall(), 1e-9);
    }

    @Test
    void shouldCountClaimsOnDissimilarOrUnlistedPairsAsFalse() {
        // r5 -> r4 listed 0.62: fine; r5 -> r2 listed 0.41: false; r4 -> r3 unlisted: false
        NearDuplicateScores.Result r = NearDuplicateScores.score(Map.of("r2", "r1", "r4", "r3"), ORDER, Map.of(), PAIRS);
        NearDuplicateScores.Result r2 = NearDuplicateScores.score(Map.of("r5", "r2"), ORDER, Map.of(), PAIRS);
        NearDuplicateScores.Result r3 = NearDuplicateScores.score(Map.of("r5", "r4"), ORDER, Map.of(), PAIRS);

        assertEquals(2, r.claims());
        assertEquals(1, r.falseClaims());
        assertEquals(0.5, r.falseClaimRate(), 1e-9);
        assertEquals(1, r2.falseClaims());
        assertEquals(0, r3.falseClaims());
    }
}
