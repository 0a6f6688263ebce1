package org.wirefold.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A story whose two sides are weeks apart is split by {@code split-gap}, unless the two sides name the same rare
 * person: the arrest or the trial weeks later names the victim or the accused of the first reports.
 */
class GapSplitNamesTest {
    private static final long DAY = 86_400_000L;
    private static final long GAP = 7 * DAY;

    /** Two early reports sharing terms 1-3, two later ones sharing terms 4-6; one outlet throughout. */
    private static List<StorySketch.Member> members(long[] earlyNames, long[] lateNames) {
        return List.of(
                member("a", 0, new long[] {1, 2}, earlyNames),
                member("b", DAY / 2, new long[] {1, 3}, earlyNames),
                member("c", 30 * DAY, new long[] {4, 5}, lateNames),
                member("d", 31 * DAY, new long[] {4, 6}, lateNames));
    }

    private static StorySketch.Member member(String id, long published, long[] terms, long[] names) {
        return new StorySketch.Member(id, "outlet", published, published, terms, new float[] {0.9f, 0.4f}, names);
    }

    @Test
    void shouldKeepTogetherSidesWeeksApartThatNameTheSamePerson() {
        StorySplit.Groups groups = StorySplit.decide(members(new long[] {42L}, new long[] {7L, 42L}), false, GAP, true);

        assertThat(groups).isNull();
    }

    @Test
    void shouldSplitSidesWeeksApartThatNameTheSamePersonWhenTheRuleIsOff() {
        StorySplit.Groups groups = StorySplit.decide(members(new long[] {42L}, new long[] {7L, 42L}), false, GAP, false);

        assertThat(groups).isNotNull();
        assertThat(groups.leave()).extracting(StorySketch.Member::id).containsExactly("c", "d");
    }

    @Test
    void shouldSplitSidesWeeksApartThatNameDifferentPeople() {
        StorySplit.Groups groups = StorySplit.decide(members(new long[] {42L}, new long[] {7L}), false, GAP, true);

        assertThat(groups).isNotNull();
        assertThat(groups.keep()).extracting(StorySketch.Member::id).containsExactly("a", "b");
    }
}
