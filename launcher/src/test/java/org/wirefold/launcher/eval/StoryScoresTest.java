package org.wirefold.launcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryScoresTest {
    private static final Map<String, String> GOLD = Map.of("a", "g1", "b", "g1", "c", "g1", "d", "g2");

    @Test
    void shouldScorePerfectClusteringAsOne() {
        StoryScores.Result r = StoryScores.score(Map.of("a", "s1", "b", "s1", "c", "s1", "d", "s2"), GOLD);

        assertEquals(1.0, r.bcubedF1(), 1e-9);
        assertEquals(1.0, r.pairF1(), 1e-9);
        assertEquals(2, r.predictedStories());
    }

    @Test
    void shouldComputeBcubedAndPairwiseForASplit() {
        // predicted {a,b} {c} {d}: B3 precision 1; recall a,b: 2/3, c: 1/3, d: 1 -> (2/3+2/3+1/3+1)/4 = 2/3
        StoryScores.Result r = StoryScores.score(Map.of("a", "s1", "b", "s1", "c", "s2", "d", "s3"), GOLD);

        assertEquals(1.0, r.bcubedPrecision(), 1e-9);
        assertEquals(2.0 / 3, r.bcubedRecall(), 1e-9);
        assertEquals(0.8, r.bcubedF1(), 1e-9);
        assertEquals(1.0, r.pairPrecision(), 1e-9);
        assertEquals(1.0 / 3, r.pairRecall(), 1e-9);
    }

    @Test
    void shouldComputeBcubedForALump() {
        // all in one story: precision a,b,c: 3/4, d: 1/4 -> 10/16; recall 1
        StoryScores.Result r = StoryScores.score(Map.of("a", "s", "b", "s", "c", "s", "d", "s"), GOLD);

        assertEquals(0.625, r.bcubedPrecision(), 1e-9);
        assertEquals(1.0, r.bcubedRecall(), 1e-9);
        assertEquals(0.5, r.pairPrecision(), 1e-9);
    }

    @Test
    void shouldCountAnArticleWithoutPredictionAsItsOwnStoryAndIgnoreUnlabelledOnes() {
        StoryScores.Result r = StoryScores.score(Map.of("a", "s1", "b", "s1", "c", "s1", "x", "s1"),
                Map.of("a", "g1", "b", "g1", "c", "g1", "d", "g2"));

        assertEquals(4, r.articles());
        assertEquals(1.0, r.bcubedF1(), 1e-9);
    }
}
