package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mla.para.engine.internal.Scorer;
import org.mla.para.model.Portfolio;

/**
 * The benchmarks measure what docs/performance.md says they measure: scoring alone gives the
 * engine's assessment, the benchmark portfolios are valid, the floor edition fires once per
 * claim and the empty session not at all. Timing is JMH's business, not this test's.
 */
class AssessmentBenchmarksTests {

    private static final AssessmentBenchmarks BENCHMARKS = new AssessmentBenchmarks();
    private static AssessmentBenchmarks.Parts parts;

    @BeforeAll
    static void setUp() throws Exception {
        parts = new AssessmentBenchmarks.Parts();
        parts.setUp();
    }

    @Test
    void scoringAloneGivesTheEngineAssessmentAndTheReferenceScorerAgrees() {
        for (Portfolio portfolio : parts.portfolios) {
            assertThat(Scorer.score(parts.reference, portfolio, PortfolioGenerators.AS_OF))
                    .isEqualTo(parts.engine.assess(portfolio, PortfolioGenerators.AS_OF))
                    .isEqualTo(ReferenceScorer.score(portfolio, PortfolioGenerators.AS_OF));
        }
    }

    @Test
    void theBenchmarkPortfoliosAreValidSoValidationTakesThePathEveryAssessmentTakes() {
        for (int i = 0; i < parts.portfolios.size(); i++) {
            assertThat(BENCHMARKS.validation(parts)).isEmpty();
        }
    }

    @Test
    void theFloorEditionFiresOncePerClaimPlusWindowLevelAndRequirements() {
        int earned = 0;
        for (Portfolio portfolio : parts.portfolios) {
            AssessmentBenchmarks.FloorRun run = AssessmentBenchmarks.floor(parts.floor, portfolio, true);

            // one window rule, one level rule and the six requirement rules, besides a firing per claim
            assertThat(run.firings()).isEqualTo(portfolio.claims().size() + 8);
            assertThat(run.scores()).hasSize(portfolio.claims().size()).allSatisfy(score -> {
                assertThat(score.getRule()).startsWith("FLOOR-");
                assertThat(score.isPlaced()).isTrue();
            });
            assertThat(run.tally().getRequirements()).hasSize(6);
            assertThat(run.tally().getTotalPoints()).isNotNull();
            earned += run.tally().getSourcePoints().values().stream().mapToInt(Integer::intValue).sum();
        }
        assertThat(earned).as("points the floor gave over all portfolios").isPositive();
    }

    @Test
    void theEmptySessionFiresNothing() {
        for (Portfolio portfolio : parts.portfolios) {
            AssessmentBenchmarks.FloorRun run = AssessmentBenchmarks.floor(parts.floor, portfolio, false);

            assertThat(run.firings()).isZero();
            assertThat(run.scores()).hasSize(portfolio.claims().size()).allSatisfy(score -> assertThat(score.getRule()).isNull());
        }
    }

    @Test
    void theWorkloadHoldsPortfoliosOfTwentyFiveClaims() {
        assertThat(parts.portfolios).hasSize(16).allSatisfy(p -> assertThat(p.claims()).hasSize(25));
    }
}
