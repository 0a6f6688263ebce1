package org.wirefold.processor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TermExtractorTest {
    private final TermExtractor extractor = new TermExtractor(2.0, 1.5, 400, 150);

    @Test
    void shouldDropStopWordsAndFoldNumbersAndPlurals() {
        Map<String, Double> tf = extractor.terms("", "They said four teenagers were shot at the parties.");

        assertTrue(tf.containsKey("4"));
        assertTrue(tf.containsKey("party"));
        assertTrue(tf.containsKey("teenag"));
        assertFalse(tf.containsKey("the"));
        assertFalse(tf.containsKey("said"));
    }

    @Test
    void shouldWeightABodyThatRepeatsNoHeadlineWordDown() {
        Map<String, Double> tf = extractor.terms("Ferry runs aground near harbour mouth",
                "Tap to watch the weekend weather forecast and the best of the county fair.", 0.3);

        assertEquals(0.3, tf.get("forecast"), 1e-9);
        assertEquals(2.0, tf.get("ferry"), 1e-9);
    }

    @Test
    void shouldKeepTheBodyWeightWhenItRepeatsAHeadlineWord() {
        String title = "Ferry runs aground near harbour mouth";
        String body = "A passenger ferry ran aground at the harbour mouth on Sunday; the weather forecast was calm.";

        assertEquals(extractor.terms(title, body), extractor.terms(title, body, 0.3));
    }

    @Test
    void shouldWeightEntitiesAndAddEntityPhrases() {
        Map<String, Double> tf = extractor.terms("", "Firefighters reached Canal Street before the Millbrook dam failed.");

        assertEquals(1.5, tf.get("millbrook"), 1e-9);
        assertEquals(1.0, tf.get("dam"), 1e-9);
        assertTrue(tf.containsKey("canal_street"));
    }

    @Test
    void shouldCountHeadlineTermsExtra() {
        Map<String, Double> tf = extractor.terms("dam bursts", "The dam was old.");

        assertEquals(3.0, tf.get("dam"), 1e-9);
    }

    @Test
    void shouldAddAgeTermsOfPersons() {
        Map<String, Double> tf = extractor.terms("Girl, 6, hurt in Elm Park shooting",
                "A 19-year-old man was arrested on March 3, 2016, police said.");

        assertTrue(tf.containsKey("age_6"));
        assertTrue(tf.containsKey("age_19"));
        assertFalse(tf.containsKey("age_3"));
        assertFalse(tf.containsKey("age_2016"));
    }

    @Test
    void shouldCountWordsOfMultiWordNamesLessWhenAsked() {
        TermExtractor damped = new TermExtractor(2.0, 1.5, 400, 150, 0.5);
        Map<String, Double> tf = damped.terms("", "The delegation met officials from North Borland in Vessa.");

        assertEquals(0.75, tf.get("borland"), 1e-9);
        assertEquals(1.5, tf.get("north_borland"), 1e-9);
        assertEquals(1.5, tf.get("vessa"), 1e-9);
    }
}
