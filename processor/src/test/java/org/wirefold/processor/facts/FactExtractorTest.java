package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.Fact;

class FactExtractorTest {
    private final FactExtractor extractor = new FactExtractor();

    private Fact only(String text) {
        List<Fact> fs = extractor.extract(text);
        assertEquals(1, fs.size(), () -> "facts of '" + text + "': " + fs);
        return fs.get(0);
    }

    @Test
    void shouldGiveSynonymousVerbsOneKey() {
        assertEquals("released|detainee|", only("The rebels freed 40 detainees on Sunday.").key());
        assertEquals("released|detainee|", only("Forty detainees were released on Sunday.").key());
        assertEquals("killed|person|", only("Two people died in the crash.").key());
        assertEquals("killed|person|", only("The storm killed 2 people.").key());
        assertEquals("injured|person|", only("Police said 6 bystanders were hurt.").key());
    }

    @Test
    void shouldPutDestinationOfSentInKey() {
        List<Fact> fs = extractor.extract("Officials said 30 detainees were sent to Austria, while four were handed over to Hungary.");
        assertEquals(2, fs.size(), fs::toString);
        assertEquals("sent|detainee|austria", fs.get(0).key());
        assertEquals(30, fs.get(0).value());
        assertEquals("sent|detainee|hungary", fs.get(1).key());
        assertEquals(4, fs.get(1).value());
    }

    @Test
    void shouldCountTheNamedOneBesideNOthers() {
        Fact f = only("The reporter Anna Petrova, along with 26 other detainees, was flown to Vienna.");
        assertEquals(27, f.value());
        assertTrue(f.other());
        assertEquals("sent|detainee|vienna", f.key());
        Fact list = only("The court freed Ivan Bora, Olga Lind and 12 other detainees.");
        assertEquals(14, list.value());
    }

    @Test
    void shouldReadBoundsAndApproximations() {
        Fact f = only("More than 600 political prisoners remain in jail.");
        assertEquals("held|prisoner|", f.key());
        assertEquals(">", f.qualifier());
        assertEquals(600, f.value());
        Fact vague = only("Dozens of protesters were arrested overnight.");
        assertEquals("~", vague.qualifier());
        assertEquals("arrested|protester|", vague.key());
    }

    @Test
    void shouldReadExplicitCorrection() {
        Fact f = only("Four people were injured, not five as first reported.");
        assertEquals(4, f.value());
        assertEquals(5.0, f.corrects());
        assertEquals("injured|person|", f.key());
    }

    @Test
    void shouldFoldVictimNounsForCasualties() {
        List<Fact> fs = extractor.extract("Three men were killed and two teenagers were wounded in the attack.");
        assertEquals(List.of("killed|person|", "injured|person|"), fs.stream().map(Fact::key).toList());
        assertEquals(List.of(3.0, 2.0), fs.stream().map(Fact::value).toList());
    }

    @Test
    void shouldCountOneForAVictimWithoutNumber() {
        List<Fact> fs = extractor.extract("A 23-year-old driver was shot and killed early Sunday, and two others were wounded.");
        assertEquals(List.of("injured|person|=2.0", "killed|person|=1.0"),
                fs.stream().map(f -> f.key() + "=" + f.value()).toList());
        assertTrue(extractor.extract("A man was shot near the station.").isEmpty(), "a lone 'shot' says no outcome");
    }

    @Test
    void shouldAddTheKillerWhoKilledHimself() {
        assertEquals(5, only("The gunman killed four coworkers and himself.").value());
    }

    @Test
    void shouldSkipStatisticsAndNonVictims() {
        assertTrue(extractor.extract("So far this year 212 people have been killed in the city.").isEmpty());
        assertTrue(extractor.extract("He fired 14 rounds, killing nobody.").isEmpty());
    }

    @Test
    void shouldNotTakeMoneyYearsAgesOrDurationsAsCounts() {
        assertTrue(extractor.extract("The 34-year-old paid $500 in 2019 after serving four years, or 12% of it.").isEmpty(),
                () -> extractor.extract("The 34-year-old paid $500 in 2019 after serving four years, or 12% of it.").toString());
    }

    @Test
    void shouldRunInWellUnderAMillisecondPerArticle() {
        String article = "Rescuers freed 23 miners on Tuesday, officials said. About 40 others remain trapped, "
                + "and more than 200 people were evacuated. Two workers died and 11 were hurt. ".repeat(20);
        for (int i = 0; i < 200; i++) {
            extractor.extract(article);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean(); // CPU time: the build machine is shared
        long t0 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < 200; i++) {
            extractor.extract(article);
        }
        double ms = (cpu.getCurrentThreadCpuTime() - t0) / 1e6 / 200;
        System.out.printf("fact extraction: %.3f ms CPU per %d-character article%n", ms, article.length());
        assertTrue(ms < 3, "per article " + ms + " ms");
    }
}
