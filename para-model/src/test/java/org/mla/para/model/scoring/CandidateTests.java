package org.mla.para.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mla.para.model.HeldLevel;

class CandidateTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 20);

    @Test
    void aLevelIsHeldWhenAwardedOnOrBeforeTheAssessmentDate() {
        Candidate candidate = new Candidate(3, AS_OF, List.of(new HeldLevel(1, LocalDate.of(2018, 5, 1)),
                new HeldLevel(2, AS_OF), new HeldLevel(3, AS_OF.plusDays(1))));

        assertThat(candidate.holds(1)).isTrue();
        assertThat(candidate.holds(2)).isTrue();
        assertThat(candidate.holds(3)).isFalse();
        assertThat(candidate.awardedOn(2)).isEqualTo(AS_OF);
        assertThat(candidate.awardedOn(3)).isNull();
        assertThat(candidate.highestLevelHeld()).isEqualTo(2);
    }

    @Test
    void nothingHeldIsLevelZero() {
        assertThat(new Candidate(1, AS_OF, List.of()).highestLevelHeld()).isZero();
    }
}
