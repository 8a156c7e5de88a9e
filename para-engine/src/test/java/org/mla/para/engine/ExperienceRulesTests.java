package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mla.para.engine.Fixtures.job;
import static org.mla.para.engine.Fixtures.level;
import static org.mla.para.engine.Fixtures.share;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mla.para.model.Assessment;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.Note;
import org.mla.para.model.Source;

class ExperienceRulesTests {

    // 2022-02-21 .. 2026-02-20 is 1461 days: four years of 365.25 days.
    @ParameterizedTest(name = "{0} h/week, paid {1}: {2} points for four years")
    @CsvSource({"40, true, 80", "40, false, 40", "20, true, 40", "60, true, 80", "30, true, 60", "1, false, 1"})
    void employmentEarnsTwentyPointsPerFullTimePaidYear(int hoursPerWeek, boolean paid, int points) {
        ClaimAssessment claim = level(1).with(job("e1", "2022-02-21", null, hoursPerWeek, paid, share("PUBLIC_SERVICES", 100)))
                .assess("e1");

        assertThat(claim.points()).isEqualTo(points);
        assertThat(claim.rule()).isEqualTo("EXP-LIBRARY-EMPLOYMENT");
        assertThat(claim.source()).isEqualTo(Source.EXPERIENCE);
    }

    @Test
    void employmentDaysTimesHoursAreRoundedDownOnce() {
        // 100 days x 30 h x 20 / 14610 = 4.1
        ClaimAssessment claim = level(1).with(job("e1", "2025-11-13", "2026-02-20", 30, true, share("REFERENCE", 100)))
                .assess("e1");

        assertThat(claim.points()).isEqualTo(4);
    }

    @Test
    void theFirstAreaGetsWhatRoundingLeaves() {
        // 106 points: 30% is 31.8, floored to 31; the first area gets 75.
        ClaimAssessment claim = level(1).with(job("e1", "2019-01-07", null, 30, true,
                share("PUBLIC_SERVICES", 70), share("YOUTH_SERVICES", 30))).assess("e1");

        assertThat(claim.points()).isEqualTo(106);
        assertThat(claim.areas()).containsExactly(entry("PUBLIC_SERVICES", 75), entry("YOUTH_SERVICES", 31));
    }

    @Test
    void areaPartsOfZeroAreNotListed() {
        // 4 points: 10% is 0.4, floored to 0.
        ClaimAssessment claim = level(1).with(job("e1", "2025-11-13", "2026-02-20", 30, true,
                share("PUBLIC_SERVICES", 90), share("TECHNOLOGY", 10))).assess("e1");

        assertThat(claim.areas()).containsExactly(entry("PUBLIC_SERVICES", 4));
    }

    @Test
    void employmentIsClippedToTheWindow() {
        // Level 1 counts 2016-02-20 .. 2026-02-20: 3654 days, whatever the job's earlier years.
        ClaimAssessment since2010 = level(1).with(job("e1", "2010-01-01", null, 40, true, share("GENERAL", 100))).assess("e1");
        ClaimAssessment sinceWindowStart = level(1).with(job("e1", "2016-02-20", null, 40, true, share("GENERAL", 100)))
                .assess("e1");

        assertThat(since2010.points()).isEqualTo(200).isEqualTo(sinceWindowStart.points());
        assertThat(since2010.notes()).isEmpty();
    }

    @Test
    void employmentThatEndedBeforeTheWindowEarnsNothing() {
        ClaimAssessment claim = level(1).with(job("e1", "2010-01-01", "2016-02-19", 40, true, share("GENERAL", 100)))
                .assess("e1");

        assertThat(claim.points()).isZero();
        assertThat(claim.notes()).containsExactly(Note.OUTSIDE_WINDOW);
        assertThat(claim.areas()).isEmpty();
    }

    @Test
    void overlappingJobsEachEarn() {
        Assessment assessment = level(1).with(
                job("e1", "2022-02-21", null, 20, true, share("PUBLIC_SERVICES", 100)),
                job("e2", "2022-02-21", null, 20, true, share("REFERENCE", 100))).assess();

        assertThat(assessment.pointsFrom(Source.EXPERIENCE)).isEqualTo(80);
    }
}
