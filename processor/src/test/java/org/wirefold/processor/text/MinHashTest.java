package org.wirefold.processor.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHashTest {
    private static final String TEXT = "the harbour bridge reopened to traffic on monday after a two year repair the city "
            + "transport office said buses return to the route next week engineers replaced one hundred steel cables and "
            + "the deck surface the work cost forty million and was paid by the regional fund officials said on monday";
    private final MinHash minHash = new MinHash(64, 5);

    @Test
    void shouldEstimateHighSimilarityForACopyWithASmallEdit() {
        int[] a = minHash.signature(TEXT);
        int[] b = minHash.signature(TEXT.replace("forty million", "about forty million") + " updated at noon");

        assertTrue(MinHash.similarity(a, b) >= 0.7, "similarity " + MinHash.similarity(a, b));
    }

    @Test
    void shouldEstimateLowSimilarityForDifferentTexts() {
        int[] a = minHash.signature(TEXT);
        int[] b = minHash.signature("two men were wounded on saturday night when someone opened fire in the parking lot "
                + "of a bowling alley police said the victims were taken to hospital with injuries that were not life threatening");

        assertTrue(MinHash.similarity(a, b) < 0.2, "similarity " + MinHash.similarity(a, b));
    }

    @Test
    void shouldBeStableAcrossInstancesSoStoredSignaturesStayComparable() {
        assertArrayEquals(minHash.signature(TEXT), new MinHash(64, 5).signature(TEXT));
        assertArrayEquals(MinHash.bandKeys(minHash.signature(TEXT), 4), MinHash.bandKeys(new MinHash(64, 5).signature(TEXT), 4));
    }
}
