package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.engine.Fixtures.job;
import static org.mla.para.engine.Fixtures.level;
import static org.mla.para.engine.Fixtures.membership;
import static org.mla.para.engine.Fixtures.share;
import static org.mla.para.engine.Fixtures.workshop;
import static org.mla.para.model.EvidenceKind.CERTIFICATE;
import static org.mla.para.model.EvidenceKind.COPY;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.Note;

class WindowRulesTests {

    @ParameterizedTest(name = "Level 1, workshop on {0}: counts {1}")
    @CsvSource({"2016-02-19, false", "2016-02-20, true", "2026-02-20, true"})
    void levelOneCountsTenYearsBothEndsIncluded(String date, boolean counts) {
        ClaimAssessment claim = level(1).with(workshop("w1", "2", date, "REFERENCE", CERTIFICATE)).assess("w1");

        assertThat(claim.points()).isEqualTo(counts ? 10 : 0);
        assertThat(claim.notes()).containsExactlyElementsOf(counts ? java.util.List.of() : java.util.List.of(Note.OUTSIDE_WINDOW));
        assertThat(claim.rule()).isEqualTo("EDU-WORKSHOP");
    }

    @ParameterizedTest(name = "Level 2, workshop on {0}: counts {1}")
    @CsvSource({"2021-02-19, false", "2021-02-20, true"})
    void laterLevelsCountFiveYears(String date, boolean counts) {
        ClaimAssessment claim = level(2).holding(1, "2019-05-01")
                .with(workshop("w1", "2", date, "REFERENCE", CERTIFICATE)).assess("w1");

        assertThat(claim.points()).isEqualTo(counts ? 10 : 0);
    }

    @ParameterizedTest(name = "Level 2 after Level 1 awarded 2022-05-12, workshop on {0}: counts {1}")
    @CsvSource({"2022-05-12, false", "2022-05-13, true"})
    void laterLevelsCountOnlyFromTheDayAfterThePreviousAward(String date, boolean counts) {
        ClaimAssessment claim = level(2).holding(1, "2022-05-12")
                .with(workshop("w1", "2", date, "REFERENCE", CERTIFICATE)).assess("w1");

        assertThat(claim.points()).isEqualTo(counts ? 10 : 0);
    }

    @ParameterizedTest(name = "asOf 2028-02-29, workshop on {0}: counts {1}")
    @CsvSource({"2018-02-27, false", "2018-02-28, true"})
    void tenYearsBeforeFebruary29IsFebruary28(String date, boolean counts) {
        ClaimAssessment claim = level(1).registeredOn("2027-09-01").submittedOn("2028-02-29")
                .with(workshop("w1", "2", date, "REFERENCE", CERTIFICATE)).assess("w1");

        assertThat(claim.points()).isEqualTo(counts ? 10 : 0);
    }

    @Test
    void anAwardAfterTheAssessmentDateDoesNotMoveTheWindow() {
        // Level 1 "awarded" after asOf is not held: the window is five years back, not after the award.
        ClaimAssessment claim = level(2).holding(1, "2026-03-01")
                .with(workshop("w1", "2", "2022-01-10", "REFERENCE", CERTIFICATE)).assess("w1");

        assertThat(claim.points()).isEqualTo(10);
    }

    @Test
    void aSpanPartlyInsideTheWindowEarnsOnItsDaysInsideWithoutANote() {
        ClaimAssessment claim = level(1).with(membership("m1", "MLA", "2015-01-01", "2017-02-19")).assess("m1");

        assertThat(claim.points()).isEqualTo(2);
        assertThat(claim.notes()).isEmpty();
    }

    @Test
    void aSpanClippedToNothingIsOnlyOutsideTheWindow() {
        ClaimAssessment claim = level(1).with(membership("m1", "MLA", "2010-01-01", "2016-02-19")).assess("m1");

        assertThat(claim.notes()).containsExactly(Note.OUTSIDE_WINDOW);
    }

    @Test
    void aSpanClippedToUnderAYearIsShortService() {
        ClaimAssessment claim = level(1).with(membership("m1", "MLA", "2010-01-01", "2016-08-01")).assess("m1");

        assertThat(claim.notes()).containsExactly(Note.SHORT_SERVICE);
    }

    @Test
    void notesComeInCheckOrderAndPendingIsZeroOutsideTheWindow() {
        ClaimAssessment claim = level(1).with(workshop("w1", "2", "2015-01-10", "REFERENCE", COPY)).assess("w1");

        assertThat(claim.notes()).containsExactly(Note.NO_EVIDENCE, Note.OUTSIDE_WINDOW);
        assertThat(claim.pendingPoints()).isZero();
        assertThat(claim.points()).isZero();
    }

    @Test
    void aStartAfterTheAssessmentDateEmptiesTheWindow() {
        // Level 1 awarded on the assessment date itself: Level 2 counts from the next day, which has not come.
        ClaimAssessment claim = level(2).holding(1, "2026-02-20")
                .with(job("e1", "2020-01-01", null, 40, true, share("GENERAL", 100))).assess("e1");

        assertThat(claim.notes()).containsExactly(Note.OUTSIDE_WINDOW);
    }
}
