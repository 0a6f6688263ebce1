package org.wirefold.processor.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegalStepsTest {
    @Test
    void shouldNameAHeadlineThatTellsALegalStep() {
        assertThat(LegalSteps.named("Riverside man pleads guilty in marina stabbing")).isTrue();
        assertThat(LegalSteps.named("Teen charged as adult in bus stop shooting")).isTrue();
        assertThat(LegalSteps.named("JURY SELECTION BEGINS IN WAREHOUSE FIRE CASE")).isTrue();
        assertThat(LegalSteps.named("Judge declares mistrial; retrial set for May")).isTrue();
    }

    @Test
    void shouldNotNameAFirstReport() {
        assertThat(LegalSteps.named("Two hurt as gunfire erupts outside Elm Street bar")).isFalse();
        assertThat(LegalSteps.named("Courtney Hale wins county spelling bee")).isFalse(); // "court" only as a word
        assertThat(LegalSteps.named(null)).isFalse();
        assertThat(LegalSteps.named("")).isFalse();
    }
}
