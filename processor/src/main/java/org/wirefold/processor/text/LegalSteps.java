package org.wirefold.processor.text;

import java.util.regex.Pattern;

/**
 * Whether a headline tells a step of the legal process (charged, pleads, sentenced, trial, verdict, ...). Such an
 * article reports on an event that happened before it, often months before, so its publication time does not place
 * the event: the clustering stage damps its time gap less ({@code follow-up-time-floor}). English words only, as the
 * rest of the term extraction.
 */
public final class LegalSteps {
    private static final Pattern STEP = Pattern.compile("(?i)\\b(charged|charges|pleads?|pleaded|pled|plea|"
            + "sentenced|sentencing|sentence|trial|guilty|indicted|indictment|arraigned|arraignment|convicted|verdict|"
            + "jury|mistrial|acquitted|testif\\w*|court|hearing|lawsuit|sues|sued)\\b");

    private LegalSteps() {
    }

    /** Whether {@code headline} names a legal step; false for null or blank. */
    public static boolean named(String headline) {
        return headline != null && STEP.matcher(headline).find();
    }
}
