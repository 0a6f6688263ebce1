package org.wirefold.processor.topology;

import org.wirefold.common.model.Article;
import org.wirefold.common.model.DeadLetter;

/** Outcome of validation: exactly one of {@code article} and {@code rejection} is set. */
record Validated(Article article, DeadLetter rejection) {
    boolean valid() {
        return article != null;
    }
}
