package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.engine.Fixtures.AS_OF;
import static org.mla.para.engine.Fixtures.ENGINE;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mla.para.model.Assessment;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.ClaimType;
import org.mla.para.model.Note;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Requirement;
import org.mla.para.model.Source;
import org.quicktheories.QuickTheory;

/**
 * Invariants of every assessment. Runs a fixed seed by default; {@code -Dpara.seed=N} and
 * {@code -Dpara.examples=N} explore further.
 */
class AssessmentPropertiesTests {

    /**
     * The most a claim of each type can earn under the reference edition, with the largest
     * inputs the format allows (10 years of a window; caps where they apply).
     */
    private static final Map<ClaimType, Integer> MAXIMUM = new EnumMap<>(Map.ofEntries(
            Map.entry(ClaimType.COLLEGE_COURSE, 12 * 15),
            Map.entry(ClaimType.WORKSHOP, 40 * 5),
            Map.entry(ClaimType.CEU, 10 * 50),
            Map.entry(ClaimType.CROSS_TRAINING, 20),
            Map.entry(ClaimType.LIBRARY_EMPLOYMENT, 3654 * 40 * 20 / 14610),
            Map.entry(ClaimType.MEMBERSHIP, 10),
            Map.entry(ClaimType.COMMITTEE, 10 * 10),
            Map.entry(ClaimType.PRESENTATION, 10),
            Map.entry(ClaimType.PUBLICATION, 20),
            Map.entry(ClaimType.CONFERENCE, 5 * 3),
            Map.entry(ClaimType.AWARD, 10)));

    private static QuickTheory qt() {
        return QuickTheory.qt()
                .withFixedSeed(Long.getLong("para.seed", 20260220L))
                .withExamples(Integer.getInteger("para.examples", 150));
    }

    private static Assessment assess(Portfolio portfolio) {
        return ENGINE.assess(portfolio, AS_OF);
    }

    @Test
    void reorderingClaimsNeverChangesTotals() {
        qt().forAll(PortfolioGenerators.portfolios(), integers().all()).checkAssert((portfolio, seed) -> {
            List<Claim> shuffled = new ArrayList<>(portfolio.claims());
            Collections.shuffle(shuffled, new Random(seed));
            Assessment original = assess(portfolio);
            Assessment reordered = assess(portfolio.withClaims(shuffled));

            assertThat(reordered.sourcePoints()).isEqualTo(original.sourcePoints());
            assertThat(reordered.totalPoints()).isEqualTo(original.totalPoints());
            if (!reducedByCapOrDuplicate(original) && !reducedByCapOrDuplicate(reordered)) {
                // Caps and duplicates go by claim order, so which area keeps the points may change.
                assertThat(reordered.areaPoints()).isEqualTo(original.areaPoints());
                assertThat(reordered.eligible()).isEqualTo(original.eligible());
            }
        });
    }

    @Test
    void addingAClaimNeverLowersTheTotal() {
        qt().forAll(PortfolioGenerators.portfolios(), PortfolioGenerators.claim(), integers().between(0, 100))
                .checkAssert((portfolio, extra, position) -> {
                    List<Claim> more = new ArrayList<>(portfolio.claims());
                    more.add(position % (more.size() + 1), extra.apply("added"));

                    assertThat(assess(portfolio.withClaims(more)).totalPoints())
                            .isGreaterThanOrEqualTo(assess(portfolio).totalPoints());
                });
    }

    @Test
    void areaPartsAddUpToTheClaimsPointsAndTotalsToTheSums() {
        qt().forAll(PortfolioGenerators.portfolios()).checkAssert(portfolio -> {
            Assessment assessment = assess(portfolio);
            Map<Source, Integer> bySource = new EnumMap<>(Source.class);
            Map<String, Integer> byArea = new HashMap<>();
            for (ClaimAssessment claim : assessment.claims()) {
                assertThat(claim.areas().values().stream().mapToInt(Integer::intValue).sum()).as(claim.id()).isEqualTo(claim.points());
                assertThat(claim.areas().values()).allMatch(part -> part > 0);
                bySource.merge(claim.source(), claim.points(), Integer::sum);
                claim.areas().forEach((area, part) -> byArea.merge(area, part, Integer::sum));
            }
            for (Source source : Source.values()) {
                assertThat(assessment.pointsFrom(source)).isEqualTo(bySource.getOrDefault(source, 0));
            }
            byArea.values().removeIf(points -> points == 0);
            assertThat(assessment.areaPoints()).isEqualTo(byArea);
        });
    }

    @Test
    void noClaimExceedsItsTypesMaximum() {
        qt().forAll(PortfolioGenerators.portfolios()).checkAssert(portfolio -> {
            Assessment assessment = assess(portfolio);
            for (int i = 0; i < portfolio.claims().size(); i++) {
                ClaimType type = portfolio.claims().get(i).type();
                ClaimAssessment claim = assessment.claims().get(i);
                assertThat(claim.points()).as("%s %s", type, claim.id()).isBetween(0, MAXIMUM.get(type));
            }
        });
    }

    @Test
    void onlyClaimsWithoutEvidenceHavePendingPointsAndNoReducedClaimCounts() {
        qt().forAll(PortfolioGenerators.portfolios()).checkAssert(portfolio -> {
            for (ClaimAssessment claim : assess(portfolio).claims()) {
                if (claim.pendingPoints() > 0) {
                    assertThat(claim.notes()).containsExactly(Note.NO_EVIDENCE);
                    assertThat(claim.points()).isZero();
                }
                if (claim.notes().contains(Note.NO_EVIDENCE) || claim.notes().contains(Note.OUTSIDE_WINDOW)
                        || claim.notes().contains(Note.DUPLICATE) || claim.notes().contains(Note.SHORT_SERVICE)) {
                    assertThat(claim.points()).as(claim.toString()).isZero();
                }
                if (claim.notes().contains(Note.NO_EVIDENCE)) {
                    assertThat(claim.notes()).doesNotContain(Note.DUPLICATE, Note.CAPPED);
                }
            }
        });
    }

    @Test
    void eligibleExactlyWhenEveryRequirementIsMet() {
        qt().forAll(PortfolioGenerators.portfolios()).checkAssert(portfolio -> {
            Assessment assessment = assess(portfolio);

            assertThat(assessment.eligible()).isEqualTo(assessment.requirements().stream().allMatch(Requirement::met));
            assertThat(assessment.requirements()).hasSize(6);
        });
    }

    @Test
    void anAssessmentWrittenAsJsonReadsBackEqual() {
        qt().forAll(PortfolioGenerators.portfolios()).checkAssert(portfolio -> {
            Assessment assessment = assess(portfolio);

            assertThat(ParaJson.readAssessment(ParaJson.write(assessment))).isEqualTo(assessment);
            assertThat(ParaJson.readAssessment(ParaJson.writePretty(assessment))).isEqualTo(assessment);
        });
    }

    @Test
    void aPortfolioWrittenAsJsonReadsBackEqualAndAssessesTheSame() {
        qt().forAll(PortfolioGenerators.portfolios()).checkAssert(portfolio -> {
            Portfolio read = ParaJson.readPortfolio(ParaJson.write(portfolio));

            assertThat(read).isEqualTo(portfolio);
            assertThat(ENGINE.assessJson(ParaJson.write(portfolio), AS_OF)).isEqualTo(assess(portfolio));
        });
    }

    private static boolean reducedByCapOrDuplicate(Assessment assessment) {
        return assessment.claims().stream().anyMatch(c -> c.notes().contains(Note.CAPPED) || c.notes().contains(Note.DUPLICATE));
    }
}
