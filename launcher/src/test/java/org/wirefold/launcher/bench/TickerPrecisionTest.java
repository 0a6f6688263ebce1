package org.wirefold.launcher.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.Article;

class TickerPrecisionTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static Article item(String id, String title) {
        return new Article(id, "Wire", null, T0, title, "Shr 12 cts vs 10 cts", T0);
    }

    private final List<Article> feed = List.of(
            item("a", "HARBOUR FOODS INC <HBF> 4TH QTR NET"),
            item("b", "HARBOUR FOODS INC <HBF> RAISES QUARTERLY DIVIDEND"),
            item("c", "NORTHGATE MILLS <NGM> YEAR LOSS"),
            item("d", "COUNCIL APPROVES BUDGET"));

    @Test
    void shouldScoreOneStoryPerCompanyAsPrecise() {
        var r = TickerPrecision.score(feed, Map.of("a", "s-a", "b", "s-a", "c", "s-c", "d", "s-a"));
        assertEquals(3, r.items());
        assertEquals(1.0, r.precision(), 1e-9);
    }

    @Test
    void shouldPenaliseCompaniesSharingAStory() {
        var r = TickerPrecision.score(feed, Map.of("a", "s-a", "b", "s-a", "c", "s-a"));
        // a and b see 2 of 3 members with their ticker, c sees 1 of 3
        assertEquals((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, r.precision(), 1e-9);
    }
}
