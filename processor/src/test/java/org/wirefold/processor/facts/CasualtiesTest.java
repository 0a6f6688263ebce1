package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.Fact;
import org.wirefold.common.model.StoryFact;

class CasualtiesTest {
    private final FactExtractor extractor = new FactExtractor();

    @Test
    void shouldReadADeathTollAsTheDeadWhateverFollows() {
        String text = "Two people died in the crash on Friday. The death toll rose to three on Sunday when an injured "
                + "passenger died in hospital.";

        assertEquals(List.of(2.0, 3.0), values(text, "killed"));
        assertEquals(List.of(), values(text, "injured"));
        assertEquals(List.of(7.0), values("Officials said the toll now stands at seven.", "killed"));
    }

    @Test
    void shouldReadARisingTollAsAnUpdateOfTheTollBelowIt() {
        List<Fact> facts = extractor.extract("The death toll from Friday's crash rose to four on Sunday.");

        assertEquals(1, facts.size());
        assertEquals(4.0, facts.get(0).value());
        assertEquals(3.0, facts.get(0).corrects()); // applies only where the story stated three (FactConsolidator)
        assertEquals(null, extractor.extract("The death toll stands at four.").get(0).corrects());
    }

    @Test
    void shouldNotCountAgesOrFamilySizesAsVictims() {
        assertTrue(values("Harbour man, 34, killed in quarrel outside tavern", "killed").stream().noneMatch(v -> v == 34));
        assertTrue(values("A father of four was killed near the mill on Tuesday.", "killed").stream()
                .noneMatch(v -> v == 4));
    }

    @Test
    void shouldSumCountsListedTogether() {
        assertEquals(List.of(5.0), values("Two men and three women were wounded in the attack.", "injured"));
        assertEquals(List.of(4.0), values("Officers said three men and a woman were wounded at the fair.", "injured"));
        assertEquals(List.of(4.0), values("2 adults, 2 children killed in farmhouse fire", "killed"));
    }

    @Test
    void shouldCountTheShooterWhoKilledHimself() {
        assertEquals(List.of(4.0), values("The gunman killed three people at the depot before turning the gun on "
                + "himself.", "killed"));
        assertEquals(List.of(3.0), values("Two people were killed at the depot. The gunman then shot himself.", "killed"));
        assertEquals(List.of(5.0), values("Five people, including the shooter, were killed at the depot.", "killed"));
    }

    @Test
    void shouldCountTheShooterWhoseSuicideIsToldWithoutHimself() {
        assertEquals(List.of(3.0), values("Farmer kills two neighbours, then fatally shoots self", "killed"));
        assertEquals(List.of(4.0), values("Three hikers killed, attacker commits suicide near trail", "killed"));
        assertEquals(List.of(5.0), values("A gunman shot and killed four shoppers and later took his own life.",
                "killed"));
        assertEquals(List.of(3.0), values("A woman suspected of killing two tenants on Monday was found dead in her "
                + "car of a self-inflicted gunshot wound.", "killed"));
        assertEquals(List.of(2.0), values("He killed two guards and suffered a self-inflicted wound to the arm.",
                "killed"));
        assertEquals(List.of(3.0), values("Three people died in a murder-suicide at the ranch.", "killed"));
    }

    @Test
    void shouldCountTheOneVictimJoinedToACountWithoutNumber() {
        assertEquals(List.of(3.0), values("Police said her husband and two daughters were killed in the fire.", "killed"));
        assertEquals(List.of(6.0), values("She and 5 coworkers were wounded when the gunman fired into the office.",
                "injured"));
        assertEquals(List.of(4.0), values("The farmer shot his estranged wife and three sons.", "shot"));
        assertEquals(List.of(3.0), values("Rivera and two others were wounded.", "injured"));
        assertEquals(List.of(2.0), values("The driver and two passengers were not hurt, but two cyclists were injured.",
                "injured"));
    }

    @Test
    void shouldCountAVictimAndHisRelativeAsTwo() {
        assertEquals(List.of(2.0), values("An elderly woman and her son were found dead in the flat.", "killed"));
        assertEquals(List.of(2.0), values("A driver and his passenger were wounded when the gunman fired at the van.",
                "injured"));
        assertTrue(values("A man and his lawyer were arrested on Monday.", "killed").isEmpty());
    }

    @Test
    void shouldLeaveTheWoundedOfPeopleShot() {
        List<Fact> fs = extractor.extract("Six people were shot, two fatally, near the stadium on Sunday.");
        assertEquals(List.of(2.0), fs.stream().filter(f -> f.predicate().equals("killed")).map(Fact::value).toList());
        assertEquals(List.of(4.0), fs.stream().filter(f -> f.predicate().equals("injured")).map(Fact::value).toList());
    }

    @Test
    void shouldCountVictimsNamedOneByOne() {
        assertEquals(List.of(2.0), values("A man and a woman were shot and killed outside the bar.", "killed"));
        assertEquals(List.of(3.0), values("A third victim has died in hospital, relatives said.", "killed"));
    }

    @Test
    void shouldNotCountTheKillerAsVictim() {
        assertTrue(values("A man who killed his neighbour was arrested on Friday.", "killed").isEmpty());
    }

    @Test
    void shouldIgnoreRoundupAndBackgroundCounts() {
        assertTrue(values("Nine people were killed in separate shootings across the city.", "killed").isEmpty());
        assertTrue(values("A woman was killed on the same corner last week.", "killed").isEmpty());
        assertTrue(values("It was the city's 212th homicide, police said.", "killed").isEmpty());
    }

    @Test
    void shouldReadHospitalTripsAsWounded() {
        List<Fact> fs = extractor.extract("Police said one person was killed and two others were taken to the hospital.");
        assertEquals(List.of(1.0), fs.stream().filter(f -> f.predicate().equals("killed")).map(Fact::value).toList());
        assertEquals(List.of(2.0), fs.stream().filter(f -> f.predicate().equals("injured")).map(Fact::value).toList());
        assertEquals(List.of(1.0), values("A 31-year-old woman was pronounced dead; a second woman was taken to "
                + "hospital.", "injured"));
        assertEquals(List.of(1.0), values("A boy was taken to a hospital, where he died.", "killed"));
    }

    @Test
    void shouldSumVictimsToldOneByOne() {
        assertEquals(List.of(2.0), values("A man was killed on Birch Lane on Friday. Another man was also killed nearby,"
                + " officers said.", "killed"));
        assertEquals(List.of(1.0), values("A man was killed on Birch Lane. Neighbours said a man was killed there.",
                "killed").stream().distinct().toList());
    }

    @Test
    void shouldListOutcomesOfOneIncident() {
        List<Fact> fs = extractor.extract("One dead, three wounded after gunfire at the fair");
        assertEquals(List.of("killed|person|", "injured|person|"), fs.stream().map(Fact::key).toList());
        assertEquals(List.of(2.0), values("The gunman opened fire, killing two and wounding three.", "killed"));
        assertEquals(List.of(2.0), values("A man and a woman were shot near the pier.", "shot"));
    }

    @Test
    void shouldNotCountTheCompanyOfAVictimAsVictims() {
        assertEquals(List.of(1.0), values("A 12-year-old girl was shot and killed while playing in the yard with three "
                + "other children.", "killed"));
        assertEquals(List.of(3.0), values("The guard was killed along with two other workers.", "killed"));
    }

    @Test
    void shouldCountAVictimFirstWoundedWhoDiedAsDead() {
        String text = "A teenage girl who had been hospitalized since the shooting on Elm Road died on Sunday.";
        assertEquals(List.of(1.0), values(text, "killed"));
        assertTrue(values(text, "injured").stream().noneMatch(v -> v > 0));
        String two = "A man who was wounded at the bar is recovering, and a woman died at the scene.";
        assertEquals(List.of(1.0), values(two, "injured"));
        assertEquals(List.of(1.0), values(two, "killed"));
    }

    @Test
    void shouldReadWoundsBeforeACountAsAVerb() {
        String headline = "Gunfire at county fair wounds 3, kills 2";
        assertEquals(List.of(3.0), values(headline, "injured"));
        assertEquals(List.of(2.0), values(headline, "killed"));
    }

    @Test
    void shouldNotCountTheShooterOfFatallyShotAsAVictim() {
        assertTrue(values("A man fatally shot his neighbor's dog during the dispute.", "killed").isEmpty());
        assertEquals(List.of(1.0), values("A man was fatally shot during the dispute.", "killed"));
    }

    @Test
    void shouldCountVictimsListedWithCommasUpToTheirAnd() {
        assertEquals(List.of(3.0), values("Medics said a 30-year-old man, a 22-year-old woman and a 5-year-old girl were "
                + "taken to the hospital.", "injured"));
        assertTrue(values("A man, a father of two, was killed near the barn.", "killed").stream().noneMatch(v -> v == 2));
    }

    @Test
    void shouldReadFatallyShotRightBeforeACountAsKilled() {
        assertEquals(List.of(4.0), values("Police said the gunman fatally shot four people at the depot.", "killed"));
        assertTrue(values("Police said the gunman fatally shot four people at the depot.", "injured").isEmpty());
        assertTrue(values("He fatally shot a clerk and two others at the depot.", "killed").stream()
                .noneMatch(v -> v == 2));
    }

    @Test
    void shouldNotCountFamiliesAsPeople() {
        assertTrue(values("Two families are hurting after the quarrel on Elm Road.", "injured").isEmpty());
    }

    @Test
    void shouldReadTheVerbOfACountPastAPartOfIt() {
        String text = "One man died and four others, including two women, were wounded at the party.";
        assertEquals(List.of(1.0), values(text, "killed"));
        assertEquals(List.of(4.0), values(text, "injured"));
    }

    @Test
    void shouldUpdateTheWoundedOfALoneVictimWhoDied() {
        List<Fact> fs = extractor.extract("A boy who was critically wounded near the school on Friday died on Monday.");
        Fact update = fs.stream().filter(f -> f.predicate().equals("injured")).findFirst().orElseThrow();
        assertEquals(0.0, update.value());
        assertEquals(1.0, update.corrects());
        assertEquals(List.of(2.0), values("A boy who was critically wounded near the school on Friday died on Monday. "
                + "Two other students were hurt.", "injured"));
    }

    @Test
    void shouldCountAVictimWoundedInAReducedClauseWhoDiedAsDead() {
        List<Fact> fs = extractor.extract("A woman wounded in the crossfire on Sunday died in hospital on Thursday.");
        Fact update = fs.stream().filter(f -> f.predicate().equals("injured")).findFirst().orElseThrow();
        assertEquals(0.0, update.value());
        assertEquals(1.0, update.corrects());
        assertEquals(List.of(1.0), values("A teacher injured outside the gym on Friday has died, the district said.",
                "killed"));
    }

    @Test
    void shouldCountAVictimShotInAnEarlierClauseWhoDiedAsDead() {
        assertEquals(List.of(1.0), values("A man shot outside the arcade on Friday died on Monday.", "killed"));
        assertEquals(List.of(1.0), values("A girl who was shot near the pier on Friday has died.", "killed"));
        assertTrue(values("A man shot outside the arcade on Friday is recovering.", "killed").isEmpty());
    }

    @Test
    void shouldAddTheVictimWoundedBeforeACountThatIsAlsoWounded() {
        assertEquals(List.of(4.0), values("A cook was shot in the leg, and three diners were also wounded.", "injured"));
        assertEquals(List.of(2.0), values("Lena Ortiz was shot in the hand, and a 52-year-old man was also wounded "
                + "near the bus stop.", "injured"));
        assertEquals(List.of(3.0), values("A cook was shot and killed, and three diners were also wounded.",
                "injured"));
    }

    @Test
    void shouldCountTheInjuredOfAnExplosionForAStoryAboutIt() {
        // the same code reads any event: an explosion's injured are that story's injured
        assertEquals(List.of(30.0), values("Thirty people were injured in an apparent gas explosion downtown.",
                "injured"));
        assertEquals(List.of(3.0), values("Three shoppers were injured in the shooting.", "injured"));
    }

    @Test
    void shouldCountTheVictimOfAShootingThatAlsoWoundedAnother() {
        assertEquals(List.of(2.0), values("A 9-year-old girl was critically wounded in a shooting that also injured a "
                + "man on Friday.", "injured"));
        assertEquals(List.of(1.0), values("Gunfire that also wounded a teenager broke windows on the block.",
                "injured"));
    }

    @Test
    void shouldUpdateTheWoundedOfALoneVictimWhoDiedOfTheWounds() {
        for (String text : List.of("A teenager died after being shot near the canal on Saturday.",
                "A woman died of her wounds at the county hospital.",
                "A driver died from her wounds.")) {
            Fact update = extractor.extract(text).stream().filter(f -> f.predicate().equals("injured")).findFirst()
                    .orElseThrow();
            assertEquals(0.0, update.value());
            assertEquals(1.0, update.corrects());
        }
        assertEquals(List.of(3.0), values("A teenager died after being shot near the canal. Three other people were "
                + "wounded.", "injured"));
    }

    @Test
    void shouldLeaveAStoryNoWoundedOnceItsLoneWoundedVictimDied() {
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        List<ArticleFacts> articles = List.of(
                new ArticleFacts("a", "one", t0, extractor.extract("A girl was critically wounded near the school.")),
                new ArticleFacts("b", "two", t0.plusSeconds(86400), extractor.extract("A girl who was critically "
                        + "wounded near the school on Friday has died, police said.")));
        List<StoryFact> story = new FactConsolidator().consolidate(List.of(), articles, "b", t0);
        assertEquals(0.0, story.stream().filter(f -> f.key().equals("injured|person|")).findFirst().orElseThrow().value());
        assertEquals(1.0, story.stream().filter(f -> f.key().equals("killed|person|")).findFirst().orElseThrow().value());
    }

    @Test
    void shouldNotCountALoneVictimOfAPluralVerbAsOne() {
        assertTrue(values("John Hale, 40, and a 67-year-old woman were wounded on the porch.", "injured").isEmpty());
        assertEquals(List.of(1.0), values("A 67-year-old woman was wounded on the porch.", "injured"));
    }

    @Test
    void shouldCountTheWoundedOfARankedVictimLessTheDead() {
        assertEquals(List.of(5.0), values("Four people were shot on the porch. A fifth person was taken to the "
                + "hospital later.", "injured"));
        assertEquals(List.of(1.0), values("Four men died at the scene. A fifth man was taken to the hospital.",
                "injured"));
    }

    @Test
    void shouldNotCountTheRestOfAGroupAsItsTotal() {
        assertTrue(values("Five people were shot. One man is in critical condition, and the four others were also "
                + "wounded.", "injured").stream().noneMatch(v -> v == 4));
        assertEquals(List.of(4.0), values("One man is in critical condition, and four others were also wounded.",
                "injured"));
    }

    @Test
    void shouldNotCountABirthdayAsVictims() {
        assertTrue(values("The boy, who turns 4 on Friday, was wounded in the leg.", "injured").isEmpty());
        assertTrue(values("Lee, who would have turned 18 next week, was killed.", "killed").stream()
                .noneMatch(v -> v == 18));
    }

    @Test
    void shouldNotReadANounOfDeathAfterACountAsItsVerb() {
        assertTrue(values("He is charged with the attempted murder of two deputies and with the killing of a police "
                + "dog.", "killed").isEmpty());
        assertEquals(List.of(2.0), values("Two deputies were killed on the ranch.", "killed"));
    }

    @Test
    void shouldReadOneOfTheVictimsDyingAsThemShot() {
        assertTrue(values("One of five victims in the mill shooting dies", "killed").stream().noneMatch(v -> v == 5));
        assertEquals(List.of(5.0), values("One of five victims in the mill shooting dies", "shot"));
        assertEquals(List.of(5.0), values("He was one of five people killed at the mill.", "killed"));
    }

    @Test
    void shouldNotCountTheShootersAsVictims() {
        assertTrue(values("Two men got out of the van and started firing, fatally wounding a clerk.", "killed").stream()
                .noneMatch(v -> v == 2));
        assertEquals(List.of(2.0), values("Two men were killed after a gunman opened fire.", "killed"));
    }

    @Test
    void shouldReadFatallyShotAcrossARelativeJoinedToTheCount() {
        assertEquals(List.of(3.0), values("Deputies said the farmer fatally shot his wife and two daughters in the barn.",
                "killed"));
        assertTrue(values("Deputies said the farmer fatally shot his wife and two daughters in the barn.", "shot")
                .isEmpty());
    }

    @Test
    void shouldCountARelativeListedByCommaAfterTheVerb() {
        assertEquals(List.of(5.0), values("Farmer kills wife, 3 sons, then himself", "killed"));
        assertEquals(List.of(3.0), values("Trucker shot his brother, 2 cousins at reunion", "shot"));
    }
}
