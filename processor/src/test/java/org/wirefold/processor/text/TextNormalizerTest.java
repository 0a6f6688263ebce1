package org.wirefold.processor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void shouldGiveTheSameFormForTypographicVariants() {
        String a = "Mayor’s “plan” — approved!\n\n  Vote:  7–2";
        String b = "MAYOR'S \"PLAN\" - approved. Vote 7-2";

        assertEquals(TextNormalizer.normalize(b), TextNormalizer.normalize(a));
        assertEquals("mayors plan approved vote 7 2", TextNormalizer.normalize(a));
    }

    @Test
    void shouldFoldCompatibilityCharactersWithNfkc() {
        assertEquals("file 2 fi", TextNormalizer.normalize("ﬁle ２ ﬁ"));
    }

    @Test
    void shouldReturnEmptyForNullOrPunctuationOnly() {
        assertEquals("", TextNormalizer.normalize(null));
        assertEquals("", TextNormalizer.normalize(" -- ... "));
    }
}
