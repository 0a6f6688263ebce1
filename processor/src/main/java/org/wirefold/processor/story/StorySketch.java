package org.wirefold.processor.story;

import java.util.ArrayList;
import java.util.List;

/**
 * What clustering remembers of a story (value of {@code story-sketch-store}): the term vectors of up to a fixed
 * number of its articles (log term frequencies of their top terms; IDF is applied at comparison time with the
 * current statistics), member count and time span. A story merged into another keeps a small redirect entry
 * ({@code mergedInto} set, no members) until it expires.
 *
 * @param id         story id
 * @param firstTime  stream time of its first article (epoch ms)
 * @param lastTime   stream time of its latest article (epoch ms): what expiry looks at
 * @param eventStart earliest own publication time of a member ({@link #NONE} when no member had one)
 * @param eventEnd   latest own publication time of a member ({@link #NONE} when no member had one)
 * @param articles   member articles (duplicates included)
 * @param members    term vectors of the first member and the most recent others, oldest first
 * @param mergedInto the story this one was merged into, or null
 */
public record StorySketch(String id, long firstTime, long lastTime, long eventStart, long eventEnd, int articles,
                          List<Member> members, String mergedInto) {

    static final long NONE = Long.MIN_VALUE;

    /**
     * One member article's top terms.
     *
     * @param terms term hashes, ascending
     * @param tf    sub-linear term frequencies (1 + ln tf, boosted for headline and entities), same order
     */
    public record Member(long[] terms, float[] tf) {
        TermVector vector() {
            return new TermVector(terms, tf);
        }
    }

    static StorySketch redirect(String id, String into, long time) {
        return new StorySketch(id, time, time, NONE, NONE, 0, List.of(), into);
    }

    /** A new story of one article; {@code published} is {@link #NONE} when the article has no own time. */
    static StorySketch first(String id, long time, long published, Member member) {
        return new StorySketch(id, time, time, published, published, 1, List.of(member), null);
    }

    /** This story with one more article at {@code time}; {@code member} null keeps the vectors as they are. */
    StorySketch plus(long time, long published, Member member, int maxMembers) {
        List<Member> m = member == null ? members : bounded(concat(members, List.of(member)), maxMembers);
        return new StorySketch(id, Math.min(firstTime, time), Math.max(lastTime, time), min(eventStart, published),
                Math.max(eventEnd, published), articles + 1, m, null);
    }

    /** This story with {@code other} merged in. */
    StorySketch absorb(StorySketch other, int maxMembers) {
        return new StorySketch(id, Math.min(firstTime, other.firstTime), Math.max(lastTime, other.lastTime),
                min(eventStart, other.eventStart), Math.max(eventEnd, other.eventEnd), articles + other.articles,
                bounded(concat(members, other.members), maxMembers), null);
    }

    private static List<Member> concat(List<Member> a, List<Member> b) {
        List<Member> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    /** Keeps the first member and the most recent others. */
    private static List<Member> bounded(List<Member> m, int max) {
        if (m.size() <= max) {
            return List.copyOf(m);
        }
        List<Member> out = new ArrayList<>(max);
        out.add(m.get(0));
        out.addAll(m.subList(m.size() - (max - 1), m.size()));
        return List.copyOf(out);
    }

    private static long min(long a, long b) {
        return a == NONE ? b : b == NONE ? a : Math.min(a, b);
    }
}
