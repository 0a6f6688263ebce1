package org.wirefold.common.model;

import java.time.Instant;

/**
 * A change of one consolidated fact, on {@code fact-updates}, keyed by story id.
 *
 * @param reason {@code new-fact}, {@code new-value}, {@code correction} or {@code conflict}
 */
public record FactUpdate(String story, String key, Double oldValue, double newValue, String qualifier, int sources,
                         String reason, String article, Instant at) {
}
