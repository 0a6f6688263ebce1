package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.Fact;

class RoundupsTest {
    private final FactExtractor extractor = new FactExtractor();

    @Test
    void shouldIgnoreCountsOverSeveralNumberedShootings() {
        assertTrue(values("Two men died and seven people were hurt in three shootings on the north side.", "injured")
                .isEmpty());
        assertTrue(values("Five people were wounded in two Eastport shootings late Friday.", "injured").isEmpty());
    }

    @Test
    void shouldIgnoreAnEventMonthsOrYearsBeforeTheStory() {
        assertTrue(values("The robbery came two years after a clerk and a guard were killed at the same store.",
                "killed").isEmpty());
        assertTrue(values("It happened eight months before three teenagers were wounded outside the rink.", "injured")
                .isEmpty());
        assertEquals(List.of(1.0), values("A man wounded in the raid died two days after the shooting.", "killed"));
    }

    @Test
    void shouldIgnoreAnotherEventEarlierThatDay() {
        assertTrue(values("Neighbours had gathered to mourn two men killed earlier in the day on Ash Road.", "killed")
                .isEmpty());
        assertTrue(values("The block was still tense after a woman was shot and killed earlier that day.", "killed")
                .isEmpty());
        assertEquals(List.of(2.0), values("Two men were killed earlier, police said.", "killed"));
    }

    @Test
    void shouldIgnoreACountOfEventsOfASetToldBefore() {
        assertTrue(values("All four of those deaths were caused by handguns.", "killed").isEmpty());
        assertTrue(values("Police said three of the shootings left people wounded.", "injured").isEmpty());
        assertEquals(List.of(2.0), values("Two of the victims were killed.", "killed"));
    }

    @Test
    void shouldIgnoreTalliesOverAPeriod() {
        assertTrue(values("Eleven people have been shot in the past three days in the county.", "shot").isEmpty());
        assertTrue(values("Police said nine people were wounded since Thursday in the city.", "injured").isEmpty());
    }

    @Test
    void shouldDropAHeadlineThatRepeatsARoundupTotal() {
        String text = "2 dead, 8 hurt in weekend violence\nTwo men were killed and eight people were wounded in "
                + "separate shootings across Harbor City. In one attack, three men were wounded outside a bakery.";
        assertEquals(List.of(3.0), values(text, "injured"));
        assertTrue(values(text, "killed").isEmpty());
    }

    @Test
    void shouldKeepAHeadlineThatOnlyMatchesBackground() {
        String text = "One dead, 3 hurt on Maple Street\nA man was killed and three other people were hurt on Maple "
                + "Street on Sunday. Last year, three people were hurt in a shooting on the same street.";
        assertTrue(values(text, "injured").contains(3.0));
    }

    @Test
    void shouldNotCountPeopleWhoseInjuryIsDenied() {
        assertTrue(values("The boy's aunt and two cousins were in the room but were not hurt.", "injured").isEmpty());
        assertTrue(values("Four other customers weren't injured, police said.", "injured").isEmpty());
        assertEquals(List.of(2.0), values("Two clerks were injured, but the guard was not.", "injured"));
    }

    @Test
    void shouldReadTheVerbAfterAnAgeInAnAside() {
        List<Fact> fs = extractor.extract("A man died and three other people, including a 15-year-old girl, were "
                + "wounded at the park.");
        assertEquals(List.of(3.0), fs.stream().filter(f -> f.predicate().equals("injured")).map(Fact::value).toList());
        assertTrue(fs.stream().noneMatch(f -> f.predicate().equals("killed") && f.value() == 3));
    }

    @Test
    void shouldIgnoreTalliesWhoseTimeStandsBeforeThePlace() {
        assertTrue(values("Three people were killed and at least nine others were hurt in shootings Saturday night "
                + "across the river district.", "killed").isEmpty());
    }

    @Test
    void shouldIgnoreOtherIncidentsToldBesideTheEvent() {
        String text = "A man was wounded on Birch Road on Friday. In a separate shooting, two men were killed "
                + "near the docks.";
        assertTrue(values(text, "killed").isEmpty());
        assertEquals(List.of(1.0), values(text, "injured"));
        assertTrue(values("Another shooting left four people hurt in the north end.", "injured").isEmpty());
        assertTrue(values("Three more teenagers were killed that same night on the west side.", "killed").isEmpty());
        assertTrue(values("Earlier this month, two guards were wounded at the depot.", "injured").isEmpty());
    }

    @Test
    void shouldIgnoreARankAmongTheYearsHomicidesWrittenInWords() {
        assertTrue(values("The death of the clerk was the ninth homicide in Ashford, and all nine victims were shot.",
                "killed").isEmpty());
    }

    @Test
    void shouldIgnoreCountsSpreadAcrossAWholeArea() {
        assertTrue(values("Holiday gunfire left 14 people wounded across the county on Saturday.", "injured").isEmpty());
        assertTrue(values("At least six teenagers have been wounded since January in the valley.", "injured").isEmpty());
        assertEquals(List.of(2.0), values("Two men were wounded outside the county courthouse.", "injured"));
    }

    @Test
    void shouldIgnoreCountsOfAPastYear() {
        assertTrue(values("Two teens have been killed in 2019 in accidents with guns at home.", "killed").isEmpty());
        assertTrue(values("Four clerks were murdered in the county through May 2011.", "killed").isEmpty());
        assertEquals(List.of(2.0), values("Two teens were killed at home on Friday.", "killed"));
    }
}
