package org.wirefold.processor.facts;

import java.util.List;
import org.wirefold.common.model.Fact;

/** Test helper: the values the fact extractor reads for one predicate, in text order. */
final class ExtractedCounts {
    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private ExtractedCounts() {
    }

    static List<Double> values(String text, String predicate) {
        return EXTRACTOR.extract(text).stream().filter(f -> f.predicate().equals(predicate)).map(Fact::value).toList();
    }
}
