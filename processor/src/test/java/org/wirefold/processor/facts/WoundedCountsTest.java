package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WoundedCountsTest {

    @Test
    void shouldReadPeopleShotWithSurvivableInjuriesAsWounded() {
        assertEquals(List.of(2.0), ExtractedCounts.values("A teacher was killed at the depot. Two others were shot, but "
                + "their wounds were not life-threatening, officers said.", "injured"));
        assertEquals(List.of(3.0), ExtractedCounts.values(
                "Three men were shot near the pier and are in stable condition.", "injured"));
        assertEquals(List.of(), ExtractedCounts.values(
                "Six people were shot, one of them fatally, and the rest are stable.", "injured").stream()
                .filter(v -> v == 6.0).toList());
    }

    @Test
    void shouldAddTheRestOfTheGroupToAWoundedCount() {
        assertEquals(List.of(3.0), ExtractedCounts.values(
                "One man was seriously wounded, and the two others are in good condition.", "injured"));
        assertEquals(List.of(1.0), ExtractedCounts.values(
                "One woman was wounded, and the two others were killed in the blast.", "injured"));
    }

    @Test
    void shouldNotTakeOtherVictimsDrivenToAHospitalForTheWounded() {
        assertEquals(List.of(), ExtractedCounts.values("Police found three men shot on the corner. Two other victims "
                + "were later driven to the hospital by relatives.", "injured"));
        assertEquals(List.of(3.0), ExtractedCounts.values(
                "A clerk died and three other people were taken to a hospital after the robbery.", "injured"));
    }

    @Test
    void shouldNotTakeThoseStillInHospitalForTheWounded() {
        assertEquals(List.of(6.0), ExtractedCounts.values(
                "Six people were wounded at the fair. Two remain hospitalized.", "injured"));
        assertEquals(List.of(), ExtractedCounts.values(
                "Of the two pedestrians hit by the van, one is still hospitalized.", "injured"));
    }

    @Test
    void shouldReadSurvivorsAsWoundedButNotAFamilyLeftBehind() {
        assertEquals(List.of(1.0), ExtractedCounts.values("Just one man survived the ambush on the ranch.", "injured"));
        assertEquals(List.of(), ExtractedCounts.values(
                "The farmer is survived by his wife and four children.", "injured"));
    }

    @Test
    void shouldLeaveNoWoundedWhenAllThePeopleShotDied() {
        assertEquals(List.of(0.0), ExtractedCounts.values("Three people were shot at the motel on Friday, and two of "
                + "them died there. A third victim has died at the hospital, police said.", "injured"));
        assertEquals(List.of(3.0), ExtractedCounts.values("Four people were shot, one fatally, outside the gym.",
                "injured"));
    }

    @Test
    void shouldNotCountAGroupTakenUpAgainAsPeopleShot() {
        assertEquals(List.of(), ExtractedCounts.values("Police found two men and a woman dead in the cellar. All three "
                + "were shot in the head.", "shot"));
    }

    @Test
    void shouldCountAListMemberWithoutItsOwnArticle() {
        assertEquals(List.of(2.0), ExtractedCounts.values("A father and daughter were found dead in the barn.",
                "killed"));
        assertEquals(List.of(2.0), ExtractedCounts.values("A man and woman were wounded near the station.", "injured"));
    }
}
