package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.engine.Fixtures.ceu;
import static org.mla.para.engine.Fixtures.job;
import static org.mla.para.engine.Fixtures.level;
import static org.mla.para.engine.Fixtures.share;
import static org.mla.para.engine.Fixtures.workshop;
import static org.mla.para.model.EvidenceKind.CERTIFICATE;
import static org.mla.para.model.RequirementName.AREAS;
import static org.mla.para.model.RequirementName.EDUCATION;
import static org.mla.para.model.RequirementName.EXPERIENCE;
import static org.mla.para.model.RequirementName.PREREQUISITE;
import static org.mla.para.model.RequirementName.PROFESSIONAL_ACTIVITIES;
import static org.mla.para.model.RequirementName.TOTAL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mla.para.model.Assessment;
import org.mla.para.model.Requirement;
import org.mla.para.model.RequirementName;
import org.mla.para.model.Source;

class LevelRulesTests {

    @ParameterizedTest(name = "Level {0}: TOTAL {1}, EDUCATION {2}, EXPERIENCE {3}, ACTIVITIES {4}, AREAS {5}, holds {6}")
    @CsvSource({
        "1, 100, 25, 20, 10, 2, 0",
        "2, 150, 40, 20, 20, 3, 1",
        "3, 200, 50, 20, 30, 4, 2",
        "4, 250, 60, 20, 40, 5, 3"})
    void eachLevelRequiresItsTable(int target, int total, int education, int experience, int activities, int areas, int holds) {
        Fixtures.PortfolioBuilder portfolio = level(target).with(workshop("w1", "1"));
        for (int held = 1; held < target; held++) {
            portfolio.holding(held, "201" + held + "-05-01");
        }
        Assessment assessment = portfolio.assess();

        assertThat(assessment.requirements()).extracting(Requirement::name).containsExactly(RequirementName.values());
        assertThat(assessment.requirement(TOTAL).required()).isEqualTo(total);
        assertThat(assessment.requirement(EDUCATION).required()).isEqualTo(education);
        assertThat(assessment.requirement(EXPERIENCE).required()).isEqualTo(experience);
        assertThat(assessment.requirement(PROFESSIONAL_ACTIVITIES).required()).isEqualTo(activities);
        assertThat(assessment.requirement(AREAS).required()).isEqualTo(areas);
        assertThat(assessment.requirement(PREREQUISITE).required()).isEqualTo(holds);
        assertThat(assessment.requirement(PREREQUISITE).met()).isTrue();
    }

    @Test
    void experienceCountsTowardTheTotalUpToHalfTheTotalRequirement() {
        Assessment assessment = level(1).with(job("e1", "2016-02-20", null, 40, true, share("GENERAL", 100)),
                ceu("u1", "0.6")).assess();

        assertThat(assessment.pointsFrom(Source.EXPERIENCE)).isEqualTo(200);
        assertThat(assessment.totalPoints()).isEqualTo(30 + 50);
        assertThat(assessment.requirement(TOTAL).actual()).isEqualTo(80);
        assertThat(assessment.requirement(EXPERIENCE).actual()).isEqualTo(200);
    }

    @Test
    void experienceBelowHalfCountsInFull() {
        // 2024-02-21 .. 2026-02-20: 731 days, 40 points.
        Assessment assessment = level(1).with(job("e1", "2024-02-21", null, 40, true, share("GENERAL", 100))).assess();

        assertThat(assessment.totalPoints()).isEqualTo(40);
    }

    @Test
    void anAreaIsCoveredWithTenPoints() {
        Assessment assessment = level(1).with(
                workshop("w1", "2", "2025-01-10", "REFERENCE", CERTIFICATE),
                workshop("w2", "1.5", "2025-01-10", "TECHNOLOGY", CERTIFICATE)).assess();

        assertThat(assessment.pointsIn("REFERENCE")).isEqualTo(10);
        assertThat(assessment.pointsIn("TECHNOLOGY")).isEqualTo(7);
        assertThat(assessment.requirement(AREAS).actual()).isEqualTo(1);
        assertThat(assessment.requirement(AREAS).met()).isFalse();
    }

    @Test
    void prerequisiteNeedsTheLevelBelow() {
        Requirement prerequisite = level(3).holding(1, "2015-05-01").with(workshop("w1", "1")).assess().requirement(PREREQUISITE);

        assertThat(prerequisite.required()).isEqualTo(2);
        assertThat(prerequisite.actual()).isEqualTo(1);
        assertThat(prerequisite.met()).isFalse();
    }

    @Test
    void holdingAHigherLevelWithoutTheOneBelowDoesNotMeetThePrerequisite() {
        Requirement prerequisite = level(3).holding(1, "2012-05-01").holding(3, "2020-05-01")
                .with(workshop("w1", "1")).assess().requirement(PREREQUISITE);

        assertThat(prerequisite.actual()).isEqualTo(3);
        assertThat(prerequisite.met()).isFalse();
    }

    @Test
    void holdingTheTargetLevelAlreadyDoesNotMeetThePrerequisite() {
        Requirement prerequisite = level(2).holding(1, "2015-05-01").holding(2, "2020-05-01")
                .with(workshop("w1", "1")).assess().requirement(PREREQUISITE);

        assertThat(prerequisite.met()).isFalse();
    }

    @Test
    void aLevelAwardedAfterTheAssessmentDateIsNotHeld() {
        Requirement prerequisite = level(2).holding(1, "2026-02-21").with(workshop("w1", "1")).assess().requirement(PREREQUISITE);

        assertThat(prerequisite.actual()).isZero();
        assertThat(prerequisite.met()).isFalse();
    }

    @Test
    void aPortfolioMeetingEveryRequirementIsEligible() {
        Assessment assessment = level(1).with(
                Fixtures.course("c1", "3", org.mla.para.model.CreditSystem.SEMESTER, true),
                job("e1", "2019-01-07", null, 30, true, share("PUBLIC_SERVICES", 100)),
                Fixtures.presentation("p1", "Talk", "2025-10-08")).assess();

        assertThat(assessment.requirements()).allMatch(Requirement::met);
        assertThat(assessment.eligible()).isTrue();
        assertThat(assessment.edition()).isEqualTo("reference");
    }

    @Test
    void oneUnmetRequirementMakesAPortfolioIneligible() {
        Assessment assessment = level(1).with(
                Fixtures.course("c1", "3", org.mla.para.model.CreditSystem.SEMESTER, true),
                job("e1", "2019-01-07", null, 30, true, share("PUBLIC_SERVICES", 100))).assess();

        assertThat(assessment.requirement(PROFESSIONAL_ACTIVITIES).met()).isFalse();
        assertThat(assessment.requirement(PROFESSIONAL_ACTIVITIES).shortBy()).isEqualTo(10);
        assertThat(assessment.eligible()).isFalse();
    }
}
