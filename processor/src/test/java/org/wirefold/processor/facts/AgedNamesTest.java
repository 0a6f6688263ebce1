package org.wirefold.processor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgedNamesTest {
    @Test
    void shouldReadANameFollowedByAnAge() {
        assertThat(AgedNames.read("Police arrested Kellan Drobny, 27, of Westbrook on Friday."))
                .containsExactly("Kellan Drobny");
    }

    @Test
    void shouldReadANameAfterAYearOldPhrase() {
        assertThat(AgedNames.read("The 19-year-old Marisol Quenby died at the scene."))
                .containsExactly("Marisol Quenby");
        assertThat(AgedNames.read("Deputies said 17 year old suspect Ravel Oduya surrendered."))
                .containsExactly("Ravel Oduya");
    }

    @Test
    void shouldLeaveOutMiddleInitialsAndSuffixes() {
        assertThat(AgedNames.read("Kellan T. Drobny Jr., 27, was charged.")).containsExactly("Kellan Drobny");
        assertThat(AgedNames.read("Kellan Drobny III, 27, was charged.")).containsExactly("Kellan Drobny");
    }

    @Test
    void shouldReadANameInATitleCaseHeadline() {
        assertThat(AgedNames.read("Kellan Drobny, 27, Sentenced For Westbrook Shooting"))
                .containsExactly("Kellan Drobny");
    }

    @Test
    void shouldNotReadTitlesPlacesOrSingleWords() {
        assertThat(AgedNames.read("Police Chief Dana Verhoef, 52, said the victim, Drobny, 27, had been shot."))
                .containsExactly("Dana Verhoef");
        assertThat(AgedNames.read("A man from Fort Worth, 35, miles away, was hurt.")).isEmpty();
        assertThat(AgedNames.read("Officers on Grand Valley Elm Street, 12, were there.")).isEmpty();
    }
}
