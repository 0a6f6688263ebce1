package org.wirefold.processor.facts;

import java.util.List;
import java.util.Map;
import org.wirefold.common.model.Story;

/** Finds person names in text and merges their spelling variants across a story. Thread-safe. */
public final class PeopleExtractor {

    /** One entry per mention, as spelled in the text. */
    public List<String> mentions(String text) {
        return List.of(); // first version pending: see issue 4
    }

    /** Groups spellings of the same person (transliteration variants) and sums their mentions, most mentioned first. */
    public List<Story.Person> merge(Map<String, Integer> mentionsBySpelling) {
        return List.of(); // first version pending: see issue 4
    }
}
