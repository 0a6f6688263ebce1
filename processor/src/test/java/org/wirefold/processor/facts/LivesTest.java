package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.util.List;
import org.junit.jupiter.api.Test;

class LivesTest {

    @Test
    void shouldCountLivesLostOrClaimedAsTheDead() {
        assertEquals(List.of(2.0), values("Two lives were lost when gunmen stormed the wedding hall.", "killed"));
        assertEquals(List.of(4.0), values("The ambush on the ranch road claimed four lives late on Tuesday.",
                "killed"));
    }

    @Test
    void shouldCountThePeopleWhoseLivesAShootingClaimed() {
        assertEquals(List.of(3.0), values("A gunfight outside the arena claimed the lives of three cousins.",
                "killed"));
        assertEquals(List.of(1.0), values("The robbery wounded a clerk and took the life of a customer.", "killed"));
    }

    @Test
    void shouldNotReadLivesThatNobodyLost() {
        assertEquals(List.of(), values("Three lives were changed forever by the scholarship program.", "killed"));
        assertEquals(List.of(), values("The nurses saved two lives on the night shift.", "killed"));
    }
}
