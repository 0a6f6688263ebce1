package org.wirefold.processor.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * When a small story is two events: the split rule of {@link StoryClusterer}, pure. A small story is split in two when
 * <ul>
 *   <li>its best two-way split (spherical 2-means over the members' unit vectors, started from every pair of members,
 *       the most cohesive result with at least two members a side) is separated: the mean cosine across the groups is
 *       at most {@value #MAX_RATIO} of the mean cosine within them; and</li>
 *   <li>the split has the <em>outlet signature</em> of two events: every member names its outlet, no outlet appears
 *       twice on one side, and every outlet of the smaller side is also on the other (the same outlets covered each
 *       event once). An outlet's own follow-up rewrites its first report, so a story it reports twice keeps both
 *       reports on one side; two reports of one outlet that fall on two sides are about two things. Or, instead
 *       of the outlet signature, the two sides began at least {@code split-gap} apart in publication time (the first
 *       member of one side published that long after the first member of the other): two events in one place weeks
 *       apart, the second joined to the first through the place's words. The first event's coverage may go on after
 *       the second began (its funeral, its arrest), so the sides' spans may overlap. Not when the two sides name the
 *       same rare person ({@code gap-split-names}): then the later side is the arrest or the trial of the first
 *       side's event.</li>
 * </ul>
 * The outlet signature is checked at 4, 6 and 8 own articles (an even count, as each outlet reports each event once);
 * the time gap at every own article from 4 on, while the story keeps its members.
 * Measured and explained in {@code docs/story-identity.md}.
 */
final class StorySplit {
    /** Own-article counts at which a story is checked. */
    private static final int[] CHECK_POINTS = {4, 6, 8};
    private static final int MIN_SIDE = 2;
    static final double MAX_RATIO = 0.6;
    /** Terms kept per member vector. */
    static final int MEMBER_TERMS = 30;
    private static final int ITERATIONS = 20;

    /** The two groups of a split: {@code keep} holds the story's first member and keeps its id. */
    record Groups(List<StorySketch.Member> keep, List<StorySketch.Member> leave) {
    }

    private StorySplit() {
    }

    /** A member record of an article: its vector cut to {@link #MEMBER_TERMS} terms. */
    static StorySketch.Member member(String id, String source, long time, long published, TermVector unit,
                                     long[] names) {
        TermVector v = TermVector.top(unit.terms(), unit.weights(), MEMBER_TERMS);
        return new StorySketch.Member(id, source, time, published, v.terms(), v.weights(), names);
    }

    /** A story rebuilt from its members: centroid, times and names as if they alone had joined it. */
    static StorySketch sketchOf(String id, List<StorySketch.Member> members, int articles, int sketchTerms) {
        TermVector c = TermVector.EMPTY;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long start = StorySketch.NONE;
        long end = StorySketch.NONE;
        long[] names = new long[0];
        for (StorySketch.Member m : members) {
            c = c.plus(m.vector(), 1.0, Integer.MAX_VALUE);
            first = Math.min(first, m.time());
            last = Math.max(last, m.time());
            if (m.published() != StorySketch.NONE) {
                start = start == StorySketch.NONE ? m.published() : Math.min(start, m.published());
                end = Math.max(end, m.published());
            }
            names = StorySketch.union(names, m.names());
        }
        c = TermVector.top(c.terms(), c.weights(), sketchTerms);
        return new StorySketch(id, first, last, start, end, Math.max(articles, members.size()), c.terms(), c.weights(),
                null, names, members, List.of());
    }

    /** Whether growing from {@code before} to {@code after} own articles passes a check point of the outlet signature. */
    static boolean due(int before, int after) {
        for (int c : CHECK_POINTS) {
            if (before < c && after >= c) {
                return true;
            }
        }
        return false;
    }

    /** Whether growing from {@code before} to {@code after} own articles is due a check of the time gap. */
    static boolean timeDue(int before, int after) {
        return after > before && after >= 2 * MIN_SIDE;
    }

    /**
     * The split of {@code members} (in joining order) when the rule holds, else null; {@code signature}: whether the
     * outlet signature counts (at a check point); {@code gapMillis}: the least gap between the first publication times
     * of the two sides that stands in for the outlet signature (0 = none does).
     */
    static Groups decide(List<StorySketch.Member> members, boolean signature, long gapMillis, boolean gapNames) {
        boolean byTime = gapMillis > 0 && spread(members) >= gapMillis;
        if (!signature && !byTime) {
            return null; // no two sides can have begun that far apart: the 2-means split need not be computed
        }
        boolean[] side = best(members.stream().map(StorySketch.Member::vector).toList());
        if (side == null) {
            return null;
        }
        List<StorySketch.Member> keep = new ArrayList<>();
        List<StorySketch.Member> leave = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            (side[i] == side[0] ? keep : leave).add(members.get(i));
        }
        return signature && outletSignature(keep, leave)
                || byTime && gap(keep, leave) >= gapMillis && !(gapNames && sharesName(keep, leave))
                ? new Groups(List.copyOf(keep), List.copyOf(leave)) : null;
    }

    /**
     * How much later one group began than the other: the gap between their first publication times (0 when a member
     * has no publication time of its own).
     */
    static long gap(List<StorySketch.Member> a, List<StorySketch.Member> b) {
        long x = firstPublished(a);
        long y = firstPublished(b);
        return x == StorySketch.NONE || y == StorySketch.NONE ? 0 : Math.abs(y - x);
    }

    /** Latest minus earliest publication time of {@code members}: the largest gap two sides can have (0 when one has none). */
    private static long spread(List<StorySketch.Member> members) {
        long first = firstPublished(members);
        return first == StorySketch.NONE ? 0
                : members.stream().mapToLong(StorySketch.Member::published).max().orElse(first) - first;
    }

    /** The earliest publication time of {@code members}, or {@link StorySketch#NONE} when one has none. */
    private static long firstPublished(List<StorySketch.Member> members) {
        long first = Long.MAX_VALUE;
        for (StorySketch.Member m : members) {
            if (m.published() == StorySketch.NONE) {
                return StorySketch.NONE;
            }
            first = Math.min(first, m.published());
        }
        return first;
    }

    /** Whether a member of {@code a} and one of {@code b} name the same rare person. */
    static boolean sharesName(List<StorySketch.Member> a, List<StorySketch.Member> b) {
        Set<Long> names = new HashSet<>();
        for (StorySketch.Member m : a) {
            for (long n : m.names()) {
                names.add(n);
            }
        }
        for (StorySketch.Member m : b) {
            for (long n : m.names()) {
                if (names.contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every member names its outlet, no outlet is twice on one side, and the smaller side's are all on the other. */
    static boolean outletSignature(List<StorySketch.Member> a, List<StorySketch.Member> b) {
        if (java.util.stream.Stream.concat(a.stream(), b.stream())
                .anyMatch(m -> m.source() == null || m.source().isBlank())) {
            return false;
        }
        Set<String> sa = new HashSet<>();
        Set<String> sb = new HashSet<>();
        if (!a.stream().allMatch(m -> sa.add(m.source())) || !b.stream().allMatch(m -> sb.add(m.source()))) {
            return false;
        }
        return sa.size() <= sb.size() ? sb.containsAll(sa) : sa.containsAll(sb);
    }

    /** The most cohesive separated 2-means split (true = second group), or null. */
    static boolean[] best(List<TermVector> vectors) {
        int n = vectors.size();
        if (n < 2 * MIN_SIDE) {
            return null;
        }
        double[][] cos = new double[n][n];
        for (int i = 0; i < n; i++) {
            cos[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                cos[i][j] = cos[j][i] = vectors.get(i).cosine(vectors.get(j));
            }
        }
        boolean[] best = null;
        double bestCohesion = Double.NEGATIVE_INFINITY;
        for (int s0 = 0; s0 < n; s0++) {
            for (int s1 = s0 + 1; s1 < n; s1++) {
                boolean[] side = twoMeans(vectors, cos, s0, s1);
                int nb = (int) IntStream.range(0, n).filter(i -> side[i]).count();
                if (nb < MIN_SIDE || n - nb < MIN_SIDE) {
                    continue;
                }
                double cohesion = sum(vectors, side, false).norm() + sum(vectors, side, true).norm();
                if (cohesion > bestCohesion + 1e-9) {
                    bestCohesion = cohesion;
                    best = side;
                }
            }
        }
        return best == null || ratio(cos, best) > MAX_RATIO ? null : best;
    }

    /** Spherical 2-means from two seed members. */
    private static boolean[] twoMeans(List<TermVector> v, double[][] cos, int s0, int s1) {
        int n = v.size();
        boolean[] side = new boolean[n];
        for (int i = 0; i < n; i++) {
            side[i] = i == s1 || (i != s0 && cos[i][s1] > cos[i][s0]);
        }
        for (int it = 0; it < ITERATIONS; it++) {
            TermVector c0 = sum(v, side, false);
            TermVector c1 = sum(v, side, true);
            boolean[] next = new boolean[n];
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                next[i] = v.get(i).cosine(c1) > v.get(i).cosine(c0);
                changed |= next[i] != side[i];
            }
            if (!changed) {
                break;
            }
            side = next;
        }
        return side;
    }

    private static TermVector sum(List<TermVector> v, boolean[] side, boolean which) {
        TermVector s = TermVector.EMPTY;
        for (int i = 0; i < v.size(); i++) {
            if (side[i] == which) {
                s = s.plus(v.get(i).unit(), 1.0, Integer.MAX_VALUE);
            }
        }
        return s;
    }

    /** Mean cosine across the groups over the mean cosine within them (lower: better separated). */
    static double ratio(double[][] cos, boolean[] side) {
        double within = 0;
        double between = 0;
        int nWithin = 0;
        int nBetween = 0;
        for (int i = 0; i < side.length; i++) {
            for (int j = i + 1; j < side.length; j++) {
                if (side[i] == side[j]) {
                    within += cos[i][j];
                    nWithin++;
                } else {
                    between += cos[i][j];
                    nBetween++;
                }
            }
        }
        double w = within / nWithin;
        return w <= 0 ? 1 : between / nBetween / w;
    }
}
