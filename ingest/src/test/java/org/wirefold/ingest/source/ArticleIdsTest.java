package org.wirefold.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void shouldGiveSameIdToTextDifferingOnlyInCaseAndSpacing() {
        String a = ArticleIds.derive("Ferry Service Resumes", "Boats left the pier\nat  dawn.");
        String b = ArticleIds.derive("  ferry service resumes ", "Boats left the pier at dawn.");
        assertEquals(a, b);
    }

    @Test
    void shouldGiveDifferentIdsToDifferentText() {
        assertNotEquals(ArticleIds.derive("Ferry service resumes", "Boats left at dawn."),
                ArticleIds.derive("Ferry service resumes", "Boats left at noon."));
        // The headline/body split matters too.
        assertNotEquals(ArticleIds.derive("a", "b c"), ArticleIds.derive("a b", "c"));
    }

    @Test
    void shouldFormatIdAsPrefixAndSixteenHexDigits() {
        String id = ArticleIds.derive("Title", null);
        assertTrue(id.matches("a-[0-9a-f]{16}"), id);
    }
}
