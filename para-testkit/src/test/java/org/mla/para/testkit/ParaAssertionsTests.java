package org.mla.para.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mla.para.testkit.ParaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mla.para.model.Assessment;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.Note;
import org.mla.para.model.Requirement;
import org.mla.para.model.RequirementName;
import org.mla.para.model.Source;

class ParaAssertionsTests {

    private static final Assessment SHORT_ON_EDUCATION = new Assessment("A-1", "reference", LocalDate.of(2026, 2, 20), 1, false,
            102, Map.of(Source.EDUCATION, 20, Source.EXPERIENCE, 174, Source.PROFESSIONAL_ACTIVITIES, 32),
            Map.of("TECHNICAL_SERVICES", 173),
            List.of(new ClaimAssessment("w1", 15, 0, "EDU-WORKSHOP", Source.EDUCATION, Map.of("TECHNICAL_SERVICES", 15), List.of()),
                    new ClaimAssessment("w3", 0, 10, "EDU-WORKSHOP", Source.EDUCATION, Map.of(), List.of(Note.NO_EVIDENCE))),
            List.of(new Requirement(RequirementName.TOTAL, 100, 102, true),
                    new Requirement(RequirementName.EDUCATION, 25, 20, false)));

    @Test
    void passingAssertionsChainAcrossClaimsAndRequirements() {
        assertThat(SHORT_ON_EDUCATION).isNotEligible().hasTotalPoints(102).hasPointsFrom(Source.EDUCATION, 20)
                .wasAssessedUnder("reference")
                .claim("w1").earned(15).byRule("EDU-WORKSHOP").hasNoNotes().gives("TECHNICAL_SERVICES", 15)
                .countsToward(Source.EDUCATION)
                .and().claim("w3").earned(0).isPending(10).hasNotes(Note.NO_EVIDENCE)
                .and().requirement(RequirementName.EDUCATION).isShortBy(5).requires(25).hasActual(20)
                .and().requirement(RequirementName.TOTAL).isMet();
    }

    @Test
    void failuresSayWhatTheAssessmentHeld() {
        assertThatThrownBy(() -> assertThat(SHORT_ON_EDUCATION).isEligible())
                .hasMessage("Expected the portfolio of A-1 to be eligible for Level 1, but it is not: EDUCATION 20 of 25");
        assertThatThrownBy(() -> assertThat(SHORT_ON_EDUCATION).claim("w1").earned(45))
                .hasMessage("Expected claim w1 to earn 45 points but it earned 15 (rule EDU-WORKSHOP, notes [])");
        assertThatThrownBy(() -> assertThat(SHORT_ON_EDUCATION).claim("w1").byRule("EDU-CEU"))
                .hasMessage("Expected claim w1 to be scored by rule EDU-CEU but it was scored by EDU-WORKSHOP");
        assertThatThrownBy(() -> assertThat(SHORT_ON_EDUCATION).requirement(RequirementName.EDUCATION).isShortBy(12))
                .hasMessage("Expected EDUCATION to be short by 12 but it is short by 5 (20 of 25)");
        assertThatThrownBy(() -> assertThat(SHORT_ON_EDUCATION).requirement(RequirementName.TOTAL).isShortBy(1))
                .hasMessage("Expected TOTAL not to be met but it is: 102 of 100");
        assertThatThrownBy(() -> assertThat(SHORT_ON_EDUCATION).claim("c9"))
                .hasMessage("Expected a claim c9 but the assessment has [w1, w3]");
        assertThatThrownBy(() -> assertThat(SHORT_ON_EDUCATION).requirement(RequirementName.AREAS))
                .hasMessage("Expected a requirement AREAS but the assessment checks [TOTAL, EDUCATION]");
    }
}
