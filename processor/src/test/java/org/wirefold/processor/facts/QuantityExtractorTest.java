package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {
    private final QuantityExtractor extractor = new QuantityExtractor();

    private List<Quantity> read(String text) {
        return extractor.extract(text);
    }

    private Quantity only(String text) {
        List<Quantity> qs = read(text);
        assertEquals(1, qs.size(), () -> "quantities of '" + text + "': " + qs);
        return qs.get(0);
    }

    @Test
    void shouldReadDigitsWithScaleAndCurrency() {
        Quantity q = only("The council approved $2.5 million for the harbour wall.");
        assertEquals(2_500_000, q.value());
        assertEquals("$", q.unit());
        assertEquals("=", q.change());
        assertEquals(1_100, only("Officials counted 1,100 ballots by hand.").value());
        assertEquals(8_100_000_000.0, only("The bid was worth £8.1bn in cash.").value());
    }

    @Test
    void shouldReadNumberWords() {
        List<Quantity> qs = read("Fifty-eight villagers and a dozen soldiers reached the camp.");
        assertEquals(2, qs.size(), qs::toString);
        assertEquals(58, qs.get(0).value());
        assertEquals("villagers", qs.get(0).unit());
        assertEquals(12, qs.get(1).value());
        assertEquals(300, only("Three hundred volunteers signed up.").value());
    }

    @Test
    void shouldReadFractionsWrittenInWords() {
        List<Quantity> qs = read("Nearly two-thirds of the 900 members backed the plan.");
        assertEquals(2, qs.size(), qs::toString);
        assertEquals(2 / 3.0, qs.get(0).value(), 1e-9);
        assertEquals("~", qs.get(0).change());
        assertEquals(900, qs.get(1).value());
        assertEquals(0.5, only("Half of the homes on the street lost power.").value());
        assertEquals(0.25, only("A quarter of the crew stayed aboard.").value());
        assertEquals(0.75, only("Three quarters of the votes were counted by noon.").value());
    }

    @Test
    void shouldNotReadHalvesAndQuartersOfTimeAsFractions() {
        assertEquals(List.of(), read("He scored early in the first half of the match."));
        assertEquals(List.of(), read("Sales slowed in the third quarter of the year."));
        assertEquals(List.of(), read("The score was level at half-time."));
    }

    @Test
    void shouldReadQualifiers() {
        assertEquals(">", only("More than 40 boats joined the search.").change());
        assertEquals("~", only("About 300 homes lost power.").change());
        assertEquals("<", only("Turnout was under 15 percent.").change());
        assertEquals("<", only("The grant is worth up to $8 million.").change());
        assertEquals("up", only("The index rose 3% on Monday.").change());
        assertEquals("down", only("Shares fell by 2.5 percent after the call.").change());
        assertEquals("=", only("Revenue rose to $7 billion.").change());
    }

    @Test
    void shouldReadRanges() {
        Quantity q = only("Between 19 and 20 runners finished the course.");
        assertEquals(19, q.value());
        assertEquals(20.0, q.upper());
        Quantity hyphen = only("The pumps deliver 5-10 litres each.");
        assertEquals("5-10", hyphen.valueText());
        Quantity scaled = only("There were 1 to 2 thousand spectators.");
        assertEquals(1000, scaled.value());
        assertEquals(2000.0, scaled.upper());
    }

    @Test
    void shouldReadVagueAmountsAsRanges() {
        Quantity q = only("Hundreds of fans waited outside the arena.");
        assertEquals(100, q.value());
        assertEquals(1000.0, q.upper());
        assertEquals("fans", q.unit());
    }

    @Test
    void shouldSkipYearsDatesTimesOrdinalsAndPhoneNumbers() {
        assertTrue(read("On March 3, 2021 at 4:30 p.m. the 5th caller rang (555) 123-4567.").isEmpty(),
                () -> read("On March 3, 2021 at 4:30 p.m. the 5th caller rang (555) 123-4567.").toString());
        assertTrue(read("The club was founded in 1998 and renamed in 2004.").isEmpty());
        assertTrue(read("It happened in the 2500 block of Elm Street.").isEmpty());
    }

    @Test
    void shouldSkipNumbersThatArePartOfNames() {
        assertTrue(read("The FTSE 100 closed flat while Game 7 went to overtime.").isEmpty(),
                () -> read("The FTSE 100 closed flat while Game 7 went to overtime.").toString());
    }

    @Test
    void shouldSkipTheTotalOfAGalleryCounter() {
        assertTrue(read("The mayor spoke at the vigil 3 / 12 Back to Gallery").stream().noneMatch(q -> q.value() == 12));
    }

    @Test
    void shouldNotCountOneAsPronoun() {
        assertTrue(read("No one answered, and the one who did left.").isEmpty());
        Quantity q = only("She kept one notebook for every trip.");
        assertEquals(1, q.value());
        assertNull(q.upper());
    }

    @Test
    void shouldStayFastOnHostileInput() {
        StringBuilder digits = new StringBuilder(1 << 20);
        for (int i = 0; digits.length() < (1 << 20); i++) {
            digits.append(i % 7 == 0 ? ", " : i % 3 == 0 ? " " : "1,").append(i % 10);
        }
        StringBuilder endless = new StringBuilder(1 << 20);
        while (endless.length() < (1 << 20)) {
            endless.append("and more than 12 of the other 3,400 people said about 5 to 7 per cent of them ");
        }
        for (String input : List.of(digits.toString(), endless.toString())) {
            for (int i = 0; i < 3; i++) { // warm up as the running processor is
                read(input.substring(0, 1 << 16));
            }
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(input)); // never a blow-up, even cold
            // CPU time of this thread: the build machine is shared, wall time is not ours
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long wall = System.nanoTime();
            long t0 = cpu.getCurrentThreadCpuTime();
            read(input);
            long ms = (cpu.getCurrentThreadCpuTime() - t0) / 1_000_000;
            System.out.println("hostile input, 1 MB: " + ms + " ms CPU, " + (System.nanoTime() - wall) / 1_000_000
                    + " ms wall");
            assertTrue(ms < 1000, "took " + ms + " ms");
        }
    }
}
