package org.wirefold.common.model;

import java.time.Instant;
import java.util.List;

/**
 * One consolidated fact of a story: the current best value, how many independent sources support it,
 * any conflict, and its history.
 *
 * @param key        fact identity ({@link Fact#key()})
 * @param predicate  verb class
 * @param subject    what is counted
 * @param place      destination or place, may be empty
 * @param value      consolidated value
 * @param qualifier  qualifier of the consolidated value ({@code =}, {@code ~}, {@code >}, {@code <}, …)
 * @param sources    independent articles supporting the value (near duplicates count once)
 * @param conflict   true when exact values disagree and no policy settles it
 * @param candidates every value seen, with its supporting articles
 * @param history    consolidated values in order, each with time and cause (the first change and the latest ones
 *                   when a fact changed very often)
 */
public record StoryFact(String key, String predicate, String subject, String place, double value, String qualifier,
                        int sources, boolean conflict, List<Candidate> candidates, List<Change> history) {

    /**
     * A value seen for this fact and the articles that state it.
     *
     * @param articles articles that state it, by id, at most the first 20 (so a long story's document stays bounded)
     * @param sources  how many articles state it
     */
    public record Candidate(double value, String qualifier, List<String> articles, int sources) {
    }

    /**
     * One step of a fact's history.
     *
     * @param reason {@code new-fact}, {@code new-value}, {@code correction} or {@code conflict}
     */
    public record Change(Instant at, Double oldValue, double value, String qualifier, String reason, String article) {
    }
}
