package org.wirefold.processor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateReferencesTest {
    private static final Instant PUBLISHED = Instant.parse("2026-05-03T14:00:00Z");

    private static long day(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static List<DateReferences.Range> find(String text) {
        return DateReferences.find(text, PUBLISHED, 4000);
    }

    @Test
    void shouldPlaceADayWithoutYearBeforePublication() {
        List<DateReferences.Range> dates = find("He was charged in the April 28 shooting outside the mill.");

        assertThat(dates).hasSize(1);
        assertThat(dates.get(0).covers(day("2026-04-28"))).isTrue();
        assertThat(dates.get(0).covers(day("2026-04-29"))).isTrue(); // first reports a day later
        assertThat(dates.get(0).covers(day("2026-04-20"))).isFalse();
    }

    @Test
    void shouldReadAbbreviatedMonthWithYear() {
        List<DateReferences.Range> dates = find("The fire began on Oct. 12, 2024, in a warehouse.");

        assertThat(dates).singleElement()
                .satisfies(r -> assertThat(r.covers(day("2024-10-12"))).isTrue());
    }

    @Test
    void shouldReadAMonthOfAYear() {
        List<DateReferences.Range> dates = find("the flooding in September of 2025 and the storm of March 2026");

        assertThat(dates).hasSize(2);
        assertThat(dates.get(0).covers(day("2025-09-17"))).isTrue();
        assertThat(dates.get(1).covers(day("2026-03-02"))).isTrue();
    }

    @Test
    void shouldTakeTheYearBeforeForADateLongAfterPublication() {
        List<DateReferences.Range> dates = find("The boat capsized on Dec. 28 near the pier.");

        assertThat(dates).singleElement()
                .satisfies(r -> assertThat(r.covers(day("2025-12-28"))).isTrue());
    }

    @Test
    void shouldDropAnnouncedAndFutureDates() {
        assertThat(find("The hearing is set for May 20 at the county courthouse.")).isEmpty();
        assertThat(find("The trial begins on June 2, 2026.")).isEmpty();
        assertThat(find("A report is due in December of 2026.")).isEmpty();
    }

    @Test
    void shouldNotReadWordsThatOnlyLookLikeDates() {
        assertThat(find("Officials may 5 times review it; marchers march on; May 45 people; Augusta 12")).isEmpty();
    }

    @Test
    void shouldReadOnlyTheFirstCharacters() {
        String text = "x ".repeat(3000) + "It happened on April 28.";

        assertThat(DateReferences.find(text, PUBLISHED, 4000)).isEmpty();
        assertThat(DateReferences.find(text, PUBLISHED, 10_000)).hasSize(1);
    }
}
