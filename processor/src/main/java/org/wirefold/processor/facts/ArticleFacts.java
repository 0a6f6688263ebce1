package org.wirefold.processor.facts;

import java.time.Instant;
import java.util.List;
import org.wirefold.common.model.Fact;

/** The facts one (non-duplicate) member article contributes to its story. */
public record ArticleFacts(String articleId, String source, Instant published, List<Fact> facts) {
}
