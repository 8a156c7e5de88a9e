package org.mla.para.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mla.para.engine.Edition;
import org.mla.para.engine.ParaEngine;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimType;
import org.mla.para.model.Portfolio;

class CheckCorpusTests {

    private static final ParaEngine ENGINE = ParaEngine.bundled();
    private static final Edition REFERENCE = ENGINE.editions().get(0);

    @Test
    void everyGeneratedPortfolioIsValid() {
        for (CheckCorpus.Sample sample : CheckCorpus.of(REFERENCE)) {
            assertThat(ENGINE.validate(sample.portfolio(), sample.portfolio().submittedOn())).as(sample.name()).isEmpty();
        }
    }

    @Test
    void theCorpusHoldsAFewHundredPortfoliosOfEveryClaimTypeAndLevel() {
        List<CheckCorpus.Sample> corpus = CheckCorpus.of(REFERENCE);

        assertThat(corpus).hasSizeBetween(200, 400);
        assertThat(corpus.stream().map(s -> s.portfolio().targetLevel()).collect(Collectors.toSet())).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(corpus.stream().flatMap(s -> s.portfolio().claims().stream()).map(Claim::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ClaimType.values());
    }

    @Test
    void claimsAreDatedOnBothSidesOfEveryYearBoundaryBackFromTheAssessmentDate() {
        Set<Long> daysBack = new TreeSet<>();
        for (CheckCorpus.Sample sample : CheckCorpus.of(REFERENCE)) {
            Portfolio portfolio = sample.portfolio();
            portfolio.claims().stream().filter(c -> c instanceof org.mla.para.model.Dated).map(c -> ((org.mla.para.model.Dated) c).date())
                    .forEach(date -> daysBack.add(date.until(portfolio.submittedOn(), java.time.temporal.ChronoUnit.DAYS)));
        }
        long tenYears = REFERENCE.effectiveFrom().minusYears(10).until(REFERENCE.effectiveFrom(), java.time.temporal.ChronoUnit.DAYS);
        assertThat(daysBack).contains(0L, tenYears, tenYears - 1);
    }
}
