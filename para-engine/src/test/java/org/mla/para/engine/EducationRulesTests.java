package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.engine.Fixtures.ceu;
import static org.mla.para.engine.Fixtures.course;
import static org.mla.para.engine.Fixtures.crossTraining;
import static org.mla.para.engine.Fixtures.level;
import static org.mla.para.engine.Fixtures.workshop;
import static org.mla.para.model.CreditSystem.QUARTER;
import static org.mla.para.model.CreditSystem.SEMESTER;
import static org.mla.para.model.EvidenceKind.LETTER;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mla.para.model.Assessment;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.CreditSystem;
import org.mla.para.model.Note;
import org.mla.para.model.Source;
import org.mla.para.testkit.ParaAssertions;

class EducationRulesTests {

    @ParameterizedTest(name = "{0} {1} credits, library-related {2}: {3} points")
    @CsvSource({
        "3,   SEMESTER, true,  45",
        "4,   QUARTER,  true,  40",
        "3,   SEMESTER, false, 15",
        "4,   QUARTER,  false, 12",
        "0.5, SEMESTER, true,  7",
        "2.5, QUARTER,  false, 7",
        "12,  SEMESTER, true,  180"})
    void collegeCreditsEarnByCreditSystemAndRelevance(String credits, CreditSystem system, boolean libraryRelated, int points) {
        ClaimAssessment claim = level(1).with(course("c1", credits, system, libraryRelated)).assess("c1");

        assertThat(claim.points()).isEqualTo(points);
        assertThat(claim.rule()).isEqualTo("EDU-COLLEGE-COURSE");
        assertThat(claim.source()).isEqualTo(Source.EDUCATION);
        assertThat(claim.areas()).containsExactly(java.util.Map.entry("REFERENCE", points));
    }

    @ParameterizedTest(name = "{0} contact hours: {1} points")
    @CsvSource({"1, 5", "1.5, 7", "2.5, 12", "3, 15", "40, 200"})
    void workshopsEarnFivePointsPerContactHourRoundedDown(String hours, int points) {
        ClaimAssessment claim = level(1).with(workshop("w1", hours)).assess("w1");

        assertThat(claim.points()).isEqualTo(points);
        assertThat(claim.rule()).isEqualTo("EDU-WORKSHOP");
    }

    @Test
    void eachWorkshopIsRoundedDownOnItsOwn() {
        Assessment assessment = level(1).with(workshop("w1", "1.5"), workshop("w2", "1.5")).assess();

        assertThat(assessment.pointsFrom(Source.EDUCATION)).isEqualTo(14);
    }

    @ParameterizedTest(name = "{0} CEUs: {1} points")
    @CsvSource({"0.1, 5", "0.6, 30", "1.2, 60", "10, 500"})
    void ceusEarnFiftyPointsEach(String ceus, int points) {
        ClaimAssessment claim = level(1).with(ceu("u1", ceus)).assess("u1");

        assertThat(claim.points()).isEqualTo(points);
        assertThat(claim.rule()).isEqualTo("EDU-CEU");
    }

    @Test
    void crossTrainingEarnsAPointPerHour() {
        ClaimAssessment claim = level(1).with(crossTraining("x1", 12)).assess("x1");

        assertThat(claim.points()).isEqualTo(12);
        assertThat(claim.notes()).isEmpty();
        assertThat(claim.rule()).isEqualTo("EDU-CROSS-TRAINING");
    }

    @Test
    void crossTrainingIsCappedAtTwentyInClaimOrder() {
        Assessment assessment = level(1).with(crossTraining("x1", 12), crossTraining("x2", 6), crossTraining("x3", 6),
                crossTraining("x4", 1)).assess();

        ParaAssertions.assertThat(assessment).hasPointsFrom(Source.EDUCATION, 20)
                .claim("x1").earned(12).hasNoNotes()
                .and().claim("x2").earned(6).hasNoNotes()
                .and().claim("x3").earned(2).byRule("EDU-CROSS-TRAINING").hasNotes(Note.CAPPED)
                .and().claim("x4").earned(0).hasNotes(Note.CAPPED).gives("PUBLIC_SERVICES", 0);
    }

    @Test
    void crossTrainingExactlyAtTheCapIsNotCapped() {
        Assessment assessment = level(1).with(crossTraining("x1", 20)).assess();

        assertThat(assessment.claim("x1").orElseThrow().notes()).isEmpty();
        assertThat(assessment.claim("x1").orElseThrow().points()).isEqualTo(20);
    }

    @Test
    void crossTrainingWithoutEvidenceTakesNoShareOfTheCap() {
        Assessment assessment = level(1).with(crossTraining("x1", 15, "PUBLIC_SERVICES", LETTER), crossTraining("x2", 15))
                .assess();

        ClaimAssessment unproven = assessment.claim("x1").orElseThrow();
        assertThat(unproven.points()).isZero();
        assertThat(unproven.pendingPoints()).isEqualTo(15);
        assertThat(unproven.notes()).containsExactly(Note.NO_EVIDENCE);
        assertThat(assessment.claim("x2").orElseThrow().points()).isEqualTo(15);
        assertThat(assessment.claim("x2").orElseThrow().notes()).isEmpty();
    }

    @Test
    void quarterCreditsUseTheirOwnRateNotAConversion() {
        assertThat(level(1).with(course("c1", "1.5", QUARTER, true)).assess("c1").points()).isEqualTo(15);
        assertThat(level(1).with(course("c1", "1.5", SEMESTER, true)).assess("c1").points()).isEqualTo(22);
    }
}
