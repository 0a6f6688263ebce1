package org.wirefold.processor.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What clustering remembers of a story (value of {@code story-sketch-store}): the centroid of its members' TF-IDF
 * vectors (heaviest terms only), member count and time span. A story merged into another keeps a small redirect
 * entry ({@code mergedInto} set, no terms) until it expires.
 *
 * @param id         story id
 * @param firstTime  stream time of its first article (epoch ms)
 * @param lastTime   stream time of its latest article (epoch ms): what expiry looks at
 * @param eventStart earliest own publication time of a member ({@link #NONE} when no member had one)
 * @param eventEnd   latest own publication time of a member ({@link #NONE} when no member had one)
 * @param articles   member articles (duplicates included)
 * @param terms      centroid (sum of the members' unit TF-IDF vectors, IDF as when each joined): term hashes
 *                   ascending, heaviest terms only
 * @param weights    centroid weights, same order
 * @param mergedInto the story this one was merged into, or null
 * @param names      hashes of the person names its members mention (ascending, at most {@link #MAX_NAMES}); empty
 *                   in sketches written before names were kept
 * @param members    while the story is small, its own (non-duplicate) articles, for a later split
 *                   ({@link StorySplit}); null once it has outgrown {@code split-members} or when splits are off
 * @param apart      stories split from this one: never merged back with it (at most {@link #MAX_APART})
 */
public record StorySketch(String id, long firstTime, long lastTime, long eventStart, long eventEnd, int articles,
                          long[] terms, float[] weights, String mergedInto, long[] names, List<Member> members,
                          List<String> apart) {

    static final long NONE = Long.MIN_VALUE;
    static final int MAX_NAMES = 32;
    static final int MAX_APART = 8;

    /**
     * One article of a small story as it joined: its outlet, times, unit TF-IDF vector (heaviest terms) and the
     * hashes of the person names it mentions.
     */
    public record Member(String id, String source, long time, long published, long[] terms, float[] weights,
                         long[] names) {
        TermVector vector() {
            return new TermVector(terms, weights);
        }
    }

    public StorySketch {
        names = names == null ? new long[0] : names;
        apart = apart == null ? List.of() : apart;
    }

    static StorySketch redirect(String id, String into, long time) {
        return new StorySketch(id, time, time, NONE, NONE, 0, new long[0], new float[0], into, new long[0], null,
                List.of());
    }

    /**
     * A new story of one article; {@code published} is {@link #NONE} when the article has no own time;
     * {@code member} is null when splits are off.
     */
    static StorySketch first(String id, long time, long published, TermVector unit, long[] names, Member member) {
        return new StorySketch(id, time, time, published, published, 1, unit.terms(), unit.weights(), null,
                union(new long[0], names), member == null ? null : List.of(member), List.of());
    }

    /** This story with its own article {@code member} recorded, or untracked once it has more than {@code max}. */
    StorySketch withMember(Member member, int max) {
        List<Member> m = null;
        if (members != null && member != null && members.size() < max) {
            m = new ArrayList<>(members);
            m.add(member);
        }
        return new StorySketch(id, firstTime, lastTime, eventStart, eventEnd, articles, terms, weights, mergedInto,
                names, m == null ? null : List.copyOf(m), apart);
    }

    /** This story kept apart from {@code other} (a story split from it). */
    StorySketch apartFrom(String other) {
        List<String> a = new ArrayList<>(apart);
        a.add(other);
        return new StorySketch(id, firstTime, lastTime, eventStart, eventEnd, articles, terms, weights, mergedInto,
                names, members, List.copyOf(a.subList(Math.max(0, a.size() - MAX_APART), a.size())));
    }

    /** Whether this story and {@code other} were split from each other. */
    boolean keptApartFrom(StorySketch other) {
        return apart.contains(other.id) || other.apart.contains(id);
    }

    TermVector centroid() {
        return new TermVector(terms, weights);
    }

    /**
     * This story with one more article at {@code time}; {@code centroid} null keeps the centroid as it is,
     * {@code moreNames} are the article's person-name hashes.
     */
    StorySketch plus(long time, long published, TermVector centroid, long[] moreNames) {
        TermVector c = centroid == null ? centroid() : centroid;
        return new StorySketch(id, Math.min(firstTime, time), Math.max(lastTime, time), min(eventStart, published),
                Math.max(eventEnd, published), articles + 1, c.terms(), c.weights(), null, union(names, moreNames),
                members, apart);
    }

    /** Whether the two sorted hash arrays share an element that {@code rare} accepts. */
    boolean sharesName(long[] sortedNames, java.util.function.LongPredicate rare) {
        for (long n : sortedNames) {
            if (java.util.Arrays.binarySearch(names, n) >= 0 && rare.test(n)) {
                return true;
            }
        }
        return false;
    }

    /** Sorted union without repeats, the smallest {@link #MAX_NAMES} kept (deterministic for any order). */
    static long[] union(long[] a, long[] b) {
        return java.util.stream.LongStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).distinct()
                .sorted().limit(MAX_NAMES).toArray();
    }

    /**
     * This story with {@code other} merged in; members stay recorded while both had them and together they are at
     * most {@code maxMembers} (in joining order).
     */
    StorySketch absorb(StorySketch other, int centroidTerms, int maxMembers) {
        TermVector c = centroid().plus(other.centroid(), 1.0, centroidTerms);
        List<Member> m = null;
        if (members != null && other.members != null && members.size() + other.members.size() <= maxMembers) {
            m = new ArrayList<>(members);
            m.addAll(other.members);
            m.sort(Comparator.comparingLong(Member::time).thenComparing(Member::id));
            m = List.copyOf(m);
        }
        List<String> a = new ArrayList<>(apart);
        other.apart.stream().filter(x -> !a.contains(x)).forEach(a::add);
        return new StorySketch(id, Math.min(firstTime, other.firstTime), Math.max(lastTime, other.lastTime),
                min(eventStart, other.eventStart), Math.max(eventEnd, other.eventEnd), articles + other.articles,
                c.terms(), c.weights(), null, union(names, other.names), m,
                List.copyOf(a.subList(Math.max(0, a.size() - MAX_APART), a.size())));
    }

    private static long min(long a, long b) {
        return a == NONE ? b : b == NONE ? a : Math.min(a, b);
    }
}
