package org.wirefold.processor.model;

/**
 * What story clustering decided, keyed by story id on its way to aggregation.
 *
 * <ul>
 *   <li>{@code ARTICLE}: {@code article} joins {@code story}; {@code duplicateOf} is set for an exact or near duplicate.</li>
 *   <li>{@code MERGE}: story {@code story} is merged into {@code mergeInto}; later evidence joined the two.</li>
 *   <li>{@code SPLIT}: the articles {@code moved} leave story {@code story} for the new story {@code mergeInto}; the
 *       story was two events.</li>
 * </ul>
 */
public record StoryEvent(Kind kind, String story, CleanArticle article, String duplicateOf, String duplicateKind,
                         String mergeInto, java.util.List<String> moved) {

    public enum Kind { ARTICLE, MERGE, SPLIT }

    public static final String EXACT = "exact";
    public static final String NEAR = "near";

    public static StoryEvent article(String story, CleanArticle article) {
        return new StoryEvent(Kind.ARTICLE, story, article, null, null, null, null);
    }

    public static StoryEvent duplicate(String story, CleanArticle article, String duplicateOf, String duplicateKind) {
        return new StoryEvent(Kind.ARTICLE, story, article, duplicateOf, duplicateKind, null, null);
    }

    public static StoryEvent merge(String story, String mergeInto) {
        return new StoryEvent(Kind.MERGE, story, null, null, null, mergeInto, null);
    }

    public static StoryEvent split(String story, String into, java.util.List<String> moved) {
        return new StoryEvent(Kind.SPLIT, story, null, null, null, into, java.util.List.copyOf(moved));
    }
}
