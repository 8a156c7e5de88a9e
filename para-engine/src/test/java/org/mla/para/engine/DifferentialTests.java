package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.engine.Fixtures.AS_OF;
import static org.mla.para.engine.Fixtures.ENGINE;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The Drools engine and the plain-Java {@link ReferenceScorer} agree on every field of every
 * assessment of generated portfolios. Two independent readings of the same text: where they
 * differ, one of them misread it. {@code -Dpara.seed=N -Dpara.examples=N} explores further.
 */
class DifferentialTests {

    @Test
    void theRulesAndThePlainJavaReadingOfTheSpecAgree() {
        QuickTheory.qt()
                .withFixedSeed(Long.getLong("para.seed", 20260220L))
                .withExamples(Integer.getInteger("para.examples", 300))
                .forAll(PortfolioGenerators.portfolios())
                .checkAssert(portfolio -> assertThat(ENGINE.assess(portfolio, AS_OF))
                        .isEqualTo(ReferenceScorer.score(portfolio, AS_OF)));
    }

    @Test
    void theyAgreeOnPortfoliosCrowdedWithCapsAndDuplicates() {
        QuickTheory.qt()
                .withFixedSeed(Long.getLong("para.seed", 7L))
                .withExamples(Integer.getInteger("para.examples", 100))
                .forAll(PortfolioGenerators.portfolios().zip(PortfolioGenerators.claims(10, 30), (p, more) -> {
                    java.util.List<org.mla.para.model.Claim> all = new java.util.ArrayList<>(p.claims());
                    more.forEach(c -> all.add(org.mla.para.engine.internal.TestClaims.renamed(c, "m" + all.size())));
                    return p.withClaims(all);
                }))
                .checkAssert(portfolio -> assertThat(ENGINE.assess(portfolio, AS_OF))
                        .isEqualTo(ReferenceScorer.score(portfolio, AS_OF)));
    }
}
