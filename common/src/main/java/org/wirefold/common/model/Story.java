package org.wirefold.common.model;

import java.time.Instant;
import java.util.List;

/**
 * The consolidated state of one story: the document on {@code story-updates} and, stamped with its
 * schema version by the sink, on the compacted {@code story-state} topic.
 *
 * @param schemaVersion document schema version ({@link #SCHEMA_VERSION})
 * @param id            story id
 * @param headline      headline of the story's representative article
 * @param articles      member articles in arrival order (near duplicates included, marked), the first
 *                      {@code wirefold.story.max-members} of them
 * @param articleCount  all member articles, listed or not
 * @param outlets       distinct sources of the listed members and of the fact-bearing articles kept, sorted
 * @param firstSeen     earliest publication time among members
 * @param lastSeen      latest publication time among members
 * @param facts         consolidated facts, sorted by key
 * @param people        people named in the story with mention counts
 * @param mergedInto    when this story was merged into another, that story's id; else null
 * @param mergedFrom    ids of stories merged into this one
 * @param splitFrom     when this story was split off another (two events shared it), that story's id; else null
 * @param version       increases with every change
 * @param updated       time of the last change
 */
public record Story(int schemaVersion, String id, String headline, List<Member> articles, int articleCount,
                    List<String> outlets,
                    Instant firstSeen, Instant lastSeen, List<StoryFact> facts, List<Person> people,
                    String mergedInto, List<String> mergedFrom, String splitFrom, long version, Instant updated) {

    public static final int SCHEMA_VERSION = 1;

    /**
     * One member article.
     *
     * @param duplicateOf first copy this one near-duplicates, or null
     */
    public record Member(String id, String source, String url, String title, Instant published, String duplicateOf) {
    }

    /** A person named in the story; {@code variants} are the spellings seen (transliterations merged). */
    public record Person(String name, List<String> variants, int mentions) {
    }
}
