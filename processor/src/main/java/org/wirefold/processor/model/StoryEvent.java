package org.wirefold.processor.model;

/**
 * What story clustering decided, keyed by story id on its way to aggregation.
 *
 * <ul>
 *   <li>{@code ARTICLE}: {@code article} joins {@code story}; {@code duplicateOf} is set for an exact or near duplicate.</li>
 *   <li>{@code MERGE}: story {@code story} is merged into {@code mergeInto}; later evidence joined the two.</li>
 * </ul>
 */
public record StoryEvent(Kind kind, String story, CleanArticle article, String duplicateOf, String duplicateKind,
                         String mergeInto) {

    public enum Kind { ARTICLE, MERGE }

    public static final String EXACT = "exact";
    public static final String NEAR = "near";

    public static StoryEvent article(String story, CleanArticle article) {
        return new StoryEvent(Kind.ARTICLE, story, article, null, null, null);
    }

    public static StoryEvent duplicate(String story, CleanArticle article, String duplicateOf, String duplicateKind) {
        return new StoryEvent(Kind.ARTICLE, story, article, duplicateOf, duplicateKind, null);
    }

    public static StoryEvent merge(String story, String mergeInto) {
        return new StoryEvent(Kind.MERGE, story, null, null, null, mergeInto);
    }
}
