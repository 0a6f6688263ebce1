package org.wirefold.processor.facts;

import java.util.List;
import org.wirefold.common.model.Fact;

/** Reads the counts and quantities of an article's cleaned text as {@link Fact}s with their fact keys. Thread-safe. */
public final class FactExtractor {

    public List<Fact> extract(String text) {
        return List.of(); // first version pending: see issue 4
    }
}
