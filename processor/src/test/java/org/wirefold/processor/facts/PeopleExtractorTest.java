package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.Story;

class PeopleExtractorTest {
    private final PeopleExtractor people = new PeopleExtractor();

    @Test
    void shouldFindFullNamesAndLoneSurnames() {
        List<String> m = people.mentions("Opposition leader Yulia Marchenko met the envoy. Later, Ms. Marchenko said "
                + "the talks went well, and Marchenko thanked the mediators.");
        assertEquals(List.of("Yulia Marchenko", "Yulia Marchenko", "Yulia Marchenko"), m);
    }

    @Test
    void shouldMergeTransliterationVariants() {
        List<Story.Person> merged = people.merge(Map.of("Sviatlana Tsikhanouskaya", 3, "Svetlana Tikhanovskaya", 2,
                "Viktar Babaryka", 1, "Viktor Babaryko", 1));
        assertEquals(2, merged.size(), merged::toString);
        assertEquals("Sviatlana Tsikhanouskaya", merged.get(0).name());
        assertEquals(5, merged.get(0).mentions());
        assertEquals(List.of("Svetlana Tikhanovskaya", "Sviatlana Tsikhanouskaya"), merged.get(0).variants());
        assertEquals(2, merged.get(1).mentions());
    }

    @Test
    void shouldKeepRelativesWithGenderedSurnamesApart() {
        List<Story.Person> merged = people.merge(Map.of("Svetlana Tikhanovskaya", 4, "Sergei Tikhanovsky", 2,
                "Tikhanovskaya", 1));
        assertEquals(2, merged.size(), merged::toString);
        assertEquals("Svetlana Tikhanovskaya", merged.get(0).name());
        assertEquals(5, merged.get(0).mentions());
        assertEquals("Sergei Tikhanovsky", merged.get(1).name());
    }

    @Test
    void shouldKeepDifferentFirstNamesApart() {
        List<Story.Person> merged = people.merge(Map.of("Anna Kovalenko", 1, "Oleg Kovalenko", 1));
        assertEquals(2, merged.size());
    }

    @Test
    void shouldIgnoreHeadlineCaseAndInstitutions() {
        List<String> m = people.mentions("Border Guards Close Crossing After Storm\nThe European Union and the "
                + "Supreme Court replied on Monday.");
        assertTrue(m.isEmpty(), m::toString);
    }

    @Test
    void shouldDropPlacesVesselsAndOutlets() {
        List<String> m = people.mentions("The trawler Sea Falcon left Port Verin on Monday, Northbay Wire reported. "
                + "Crews from Glass Harbor joined the search.");
        assertTrue(m.isEmpty(), m::toString);
    }

    @Test
    void shouldRejectAllCapsPrefixes() {
        List<String> m = people.mentions("REFILE-Orla Brant mill reopens after the flood");
        assertTrue(m.isEmpty(), m::toString);
    }

    @Test
    void shouldAcceptNamesWithRoleOrSpeechVerb() {
        assertEquals(List.of("Otto Rensk"), people.mentions("The boats were safe, said Otto Rensk on Monday."));
        assertEquals(List.of("Dalia Merov", "Dalia Merov"), people.mentions("Police spokeswoman Dalia Merov confirmed "
                + "the closure. Merov added that the road would reopen."));
        assertEquals(List.of("Ruben Tallis"), people.mentions("Ruben Tallis told reporters the vote was fair."));
    }

    @Test
    void shouldAcceptCommonGivenNamesAndNamesEvidencedElsewhere() {
        assertEquals(List.of("Maria Kessel"), people.mentions("The bakery of Maria Kessel opened in 1990."));
        assertEquals(List.of("Ruben Tallis", "Ruben Tallis"), people.mentions("Ruben Tallis won the vote. Later, "
                + "Ruben Tallis said he was pleased."));
    }

    @Test
    void shouldDropRunsWithoutPersonEvidence() {
        List<String> m = people.mentions("Velvet Orchard opened in March and Copper Kettle followed in May.");
        assertTrue(m.isEmpty(), m::toString);
    }
}
