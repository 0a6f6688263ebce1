package org.wirefold.launcher.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void shouldFindMetricNamesButNotFunctionsLabelsOrDurations() {
        assertEquals(Set.of("foo_total", "bar_seconds_bucket"), PromQl.metricNames(
                "sum by (job, le) (rate(foo_total{a=\"b\", c=~\"x|y\"}[5m])) "
                        + "/ on(job) group_left(le) histogram_quantile(0.95, rate(bar_seconds_bucket[$__rate_interval]))"));
    }

    @Test
    void shouldFindBareSelectorsAroundOperatorsAndComparisons() {
        assertEquals(Set.of("up", "wirefold_stories_live", "jvm_memory_used_bytes"), PromQl.metricNames(
                "up == 0 or wirefold_stories_live > 1e-9 and max(jvm_memory_used_bytes) < 3"));
    }

    @Test
    void shouldIgnoreStringsKeywordsAndAggregationsWithoutParenthesis() {
        assertEquals(Set.of("a_total", "b"), PromQl.metricNames(
                "sum without (instance) (a_total) unless b offset 5m or absent(a_total{x='sum'})"));
    }

    @Test
    void shouldReturnNothingForPureNumbersAndFunctions() {
        assertEquals(Set.of(), PromQl.metricNames("vector(1) + time() - 0.5"));
    }
}
