package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mla.para.engine.Fixtures.AS_OF;
import static org.mla.para.engine.Fixtures.ENGINE;
import static org.mla.para.engine.Fixtures.award;
import static org.mla.para.engine.Fixtures.crossTraining;
import static org.mla.para.engine.Fixtures.level;
import static org.mla.para.engine.Fixtures.presentation;
import static org.mla.para.engine.Fixtures.workshop;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Assessment;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.Note;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Source;

/** Reviewers' adjustments are facts the review rules honor, explained like any other points. */
class ReviewAdjustmentsTests {

    private static final Portfolio PORTFOLIO = level(1).with(
            workshop("w1", "4", "2025-03-01", "REFERENCE"),
            presentation("p1", "Makerspace", "2025-05-01"),
            presentation("p2", "Makerspace", "2025-06-01"),
            crossTraining("x1", 15), crossTraining("x2", 10),
            award("a1")).portfolio();

    private static ClaimAssessment claim(Assessment assessment, String id) {
        return assessment.claim(id).orElseThrow();
    }

    @Test
    void aDisallowedClaimEarnsNothingAndTakesNoShareOfACapNorTheFirstPlaceOfADuplicate() {
        Assessment plain = ENGINE.assess(PORTFOLIO, AS_OF);
        assertThat(claim(plain, "x2").points()).isEqualTo(5);
        assertThat(claim(plain, "p2").notes()).containsExactly(Note.DUPLICATE);

        Assessment adjusted = ENGINE.assess(PORTFOLIO, AS_OF, List.of(
                Adjustment.disallow("x1", "No supervisor's letter on file", "R. Okafor"),
                Adjustment.disallow("p1", "Not a professional audience", "R. Okafor")));

        assertThat(claim(adjusted, "x1")).extracting(ClaimAssessment::points, ClaimAssessment::rule, ClaimAssessment::notes)
                .containsExactly(0, "REVIEW-DISALLOW", List.of(Note.DISALLOWED));
        assertThat(claim(adjusted, "x2").points()).as("the whole cap is left to x2").isEqualTo(10);
        assertThat(claim(adjusted, "p2").points()).as("p2 is no longer a repeat of a counted presentation").isEqualTo(10);
        assertThat(adjusted.pointsFrom(Source.EDUCATION)).isEqualTo(plain.pointsFrom(Source.EDUCATION) - 15 + 5);
    }

    @Test
    void pointsSetByAReviewerReplaceTheFormulasEvenWithoutEvidenceAndStayUnderTheCaps() {
        Portfolio unproven = PORTFOLIO.withClaims(List.of(
                workshop("w1", "4", "2025-03-01", "REFERENCE", new EvidenceKind[0]), crossTraining("x1", 15)));
        Assessment adjusted = ENGINE.assess(unproven, AS_OF, List.of(
                Adjustment.setPoints("w1", 12, "Certificate seen at the meeting", "L. Chen"),
                Adjustment.setPoints("x1", 40, "Letter counts 40 hours", "L. Chen")));

        assertThat(claim(adjusted, "w1")).extracting(ClaimAssessment::points, ClaimAssessment::pendingPoints,
                ClaimAssessment::rule, ClaimAssessment::notes)
                .containsExactly(12, 0, "REVIEW-SET-POINTS", List.of(Note.NO_EVIDENCE, Note.POINTS_SET));
        assertThat(claim(adjusted, "x1").points()).as("cross-training cap").isEqualTo(20);
        assertThat(claim(adjusted, "x1").notes()).containsExactly(Note.POINTS_SET, Note.CAPPED);
    }

    @Test
    void aMovedClaimGivesAllItsPointsToTheNewAreaAndKeepsItsRule() {
        Assessment adjusted = ENGINE.assess(PORTFOLIO, AS_OF,
                List.of(Adjustment.moveToArea("a1", "ADMINISTRATION", "For managing the branch", "L. Chen")));
        assertThat(claim(adjusted, "a1")).extracting(ClaimAssessment::rule, ClaimAssessment::areas, ClaimAssessment::notes)
                .containsExactly("PA-AWARD", java.util.Map.of("ADMINISTRATION", 10), List.of(Note.AREA_MOVED));
        assertThat(adjusted.pointsIn("GENERAL")).isZero();
    }

    @Test
    void wrongAdjustmentsAreReportedWithTheirPathsAndNothingIsAssessed() {
        assertThatThrownBy(() -> ENGINE.assess(PORTFOLIO, AS_OF, List.of(
                new Adjustment("w1", org.mla.para.model.AdjustmentAction.SET_POINTS, -3, "GENERAL", "r", "R"),
                Adjustment.disallow("w1", "again", "R"),
                Adjustment.moveToArea("nope", "MOON", " ", null))))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining("adjustments[0].points: must be between 0 and 1000000 (was -3)")
                .hasMessageContaining("adjustments[0].area: belongs to MOVE_AREA adjustments only; remove it")
                .hasMessageContaining("adjustments[1].action: claim w1 is both disallowed and otherwise adjusted")
                .hasMessageContaining("adjustments[2].claimId: no claim \"nope\" in the portfolio")
                .hasMessageContaining("adjustments[2].area: unknown area \"MOON\"")
                .hasMessageContaining("adjustments[2].reason: is required")
                .hasMessageContaining("adjustments[2].reviewer: is required");
    }

    @Test
    void adjustmentsAreReadFromJsonStrictly() {
        assertThat(ParaJson.readAdjustments("[{\"claimId\": \"c1\", \"action\": \"SET_POINTS\", \"points\": 5, "
                + "\"reason\": \"r\", \"reviewer\": \"R\"}]"))
                .containsExactly(Adjustment.setPoints("c1", 5, "r", "R"));
        assertThatThrownBy(() -> ParaJson.readAdjustments("[{\"claim\": \"c1\", \"action\": \"REMOVE\"}]"))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining("adjustments[0].claim: unknown field")
                .hasMessageContaining("adjustments[0].action: unknown adjustment action \"REMOVE\"");
    }

    @Test
    void anEditionWithoutReviewRulesRefusesAdjustmentsRatherThanIgnoringThem() {
        ParaEngine fixtureOnly = ParaEngine.fromDirectory(EditionsTests.FIXTURES);
        Portfolio portfolio = level(1).registeredOn("2026-01-15").submittedOn("2026-02-20")
                .with(workshop("w1", "2", "2026-02-01", "REFERENCE")).portfolio();
        assertThatThrownBy(() -> fixtureOnly.assess(portfolio, AS_OF,
                List.of(Adjustment.disallow("w1", "no", "R. Okafor"))))
                .isInstanceOf(RuleEditionException.class)
                .hasMessageContaining("no rule honored the DISALLOW adjustment of claim w1");
    }
}
