package org.wirefold.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidateIndexTest {
    private static final long NAME = 1;
    private static final long TOWN = 2;
    private static final long SHOT = 3;

    @Test
    void shouldRankStoriesBySharedQueryWeightThenById() {
        CandidateIndex index = new CandidateIndex(10);
        index.put("s-b", new long[] {SHOT});
        index.put("s-a", new long[] {SHOT});
        index.put("s-town", new long[] {TOWN, SHOT});
        index.put("s-name", new long[] {NAME, TOWN, SHOT});

        assertThat(index.candidates(new long[] {NAME, TOWN, SHOT}, new double[] {0.5, 0.3, 0.1}, 10))
                .containsExactly("s-name", "s-town", "s-a", "s-b");
    }

    @Test
    void shouldReturnOnlyTheBestWhenMoreStoriesShareTerms() {
        CandidateIndex index = new CandidateIndex(100);
        for (int i = 0; i < 50; i++) {
            index.put("s-" + i, i % 10 == 0 ? new long[] {NAME, SHOT} : new long[] {SHOT});
        }

        assertThat(index.candidates(new long[] {NAME, SHOT}, new double[] {1.0, 0.2}, 3))
                .containsExactly("s-0", "s-10", "s-20");
    }

    @Test
    void shouldForgetTheLeastRecentlyUpdatedStoryBeyondThePostingLimit() {
        CandidateIndex index = new CandidateIndex(2);
        index.put("s-old", new long[] {TOWN});
        index.put("s-mid", new long[] {TOWN});
        index.put("s-new", new long[] {TOWN});

        assertThat(index.candidates(new long[] {TOWN}, new double[] {1.0}, 10)).containsExactly("s-mid", "s-new");
    }
}
