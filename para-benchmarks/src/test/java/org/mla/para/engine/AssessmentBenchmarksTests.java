package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mla.para.engine.internal.Scorer;
import org.mla.para.model.Portfolio;
import org.mla.para.model.scoring.ClaimScore;
import org.mla.para.model.scoring.Tally;

/**
 * The benchmarks measure what docs/performance.md says they measure: the parts add up to the
 * engine's work, and the floor edition compiles and runs. Each benchmark body runs once here;
 * timing is JMH's business, not this test's.
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
    void theFloorEditionFiresForEveryClaimAndChecksEveryRequirement() {
        int earned = 0;
        for (Portfolio portfolio : parts.portfolios) {
            List<ClaimScore> scores = new ArrayList<>();
            Tally tally = AssessmentBenchmarks.floor(parts.floor, portfolio, scores);

            assertThat(scores).hasSize(portfolio.claims().size()).allSatisfy(score -> {
                assertThat(score.getRule()).startsWith("FLOOR-");
                assertThat(score.isPlaced()).isTrue();
            });
            assertThat(tally.getRequirements()).hasSize(6);
            assertThat(tally.getTotalPoints()).isNotNull();
            earned += tally.getSourcePoints().values().stream().mapToInt(Integer::intValue).sum();
        }
        assertThat(earned).as("points the floor gave over all portfolios").isPositive();
    }

    @Test
    void theWorkloadHoldsPortfoliosOfTwentyFiveClaims() {
        assertThat(parts.portfolios).hasSize(16).allSatisfy(p -> assertThat(p.claims()).hasSize(25));
    }
}
