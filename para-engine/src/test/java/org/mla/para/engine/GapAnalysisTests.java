package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.engine.Fixtures.AS_OF;
import static org.mla.para.engine.Fixtures.ENGINE;
import static org.mla.para.engine.Fixtures.job;
import static org.mla.para.engine.Fixtures.level;
import static org.mla.para.engine.Fixtures.share;
import static org.mla.para.engine.Fixtures.workshop;
import static org.mla.para.model.EvidenceKind.COPY;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mla.para.model.Assessment;
import org.mla.para.model.Claim;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.Portfolio;
import org.mla.para.model.RequirementName;
import org.mla.para.model.Source;
import org.mla.para.testkit.ParaAssertions;

class GapAnalysisTests {

    /** The portfolio with the plan's claims added, or put in place of claims with the same id. */
    static Portfolio applyPlan(Portfolio portfolio, GapAnalysis gap) {
        List<Claim> claims = new ArrayList<>(portfolio.claims());
        for (GapAnalysis.Step step : gap.plan()) {
            for (Claim claim : step.claims()) {
                claims.removeIf(existing -> existing.id().equals(claim.id()));
                claims.add(claim);
            }
        }
        return portfolio.withClaims(claims);
    }

    @Test
    void aClaimWaitingForEvidenceIsTheFirstAdviceAndThePlanMakesThePortfolioEligible() {
        Portfolio portfolio = level(1).with(
                workshop("w1", "2", "2025-01-10", "REFERENCE", COPY),
                job("e1", "2019-01-07", null, 30, true, share("PUBLIC_SERVICES", 100)),
                Fixtures.course("c1", "1", org.mla.para.model.CreditSystem.SEMESTER, true),
                Fixtures.presentation("p1", "Talk", "2025-10-08")).portfolio();

        GapAnalysis gap = ENGINE.gap(portfolio, AS_OF, null);

        assertThat(gap.pendingEvidence()).singleElement().satisfies(waiting -> {
            assertThat(waiting.claimId()).isEqualTo("w1");
            assertThat(waiting.pendingPoints()).isEqualTo(10);
            assertThat(waiting.accepted()).containsExactly(EvidenceKind.CERTIFICATE, EvidenceKind.ATTENDANCE_FORM);
        });
        assertThat(gap.shortfalls()).extracting(GapAnalysis.Shortfall::name).contains(RequirementName.EDUCATION);
        assertThat(gap.plan().get(0).description()).isEqualTo("attach a certificate or attendance form to w1 “Workshop w1”");
        ParaAssertions.assertThat(ENGINE.assess(applyPlan(portfolio, gap), AS_OF)).isEligible();
        assertThat(gap.planMakesEligible()).isTrue();
    }

    @Test
    void everyOptionClosesItsShortfallAloneWhenOneCan() {
        Portfolio portfolio = level(1).with(workshop("w1", "2"),
                job("e1", "2016-01-01", null, 40, true, share("REFERENCE", 100))).portfolio();

        GapAnalysis gap = ENGINE.gap(portfolio, AS_OF, null);

        assertThat(gap.shortfalls()).extracting(GapAnalysis.Shortfall::name).containsExactly(
                RequirementName.TOTAL, RequirementName.EDUCATION, RequirementName.PROFESSIONAL_ACTIVITIES, RequirementName.AREAS);
        for (GapAnalysis.Shortfall shortfall : gap.shortfalls()) {
            assertThat(shortfall.options()).as(shortfall.name().name()).isNotEmpty();
            for (GapAnalysis.Option option : shortfall.options()) {
                List<Claim> claims = new ArrayList<>(portfolio.claims());
                claims.addAll(option.claims());
                Assessment after = ENGINE.assess(portfolio.withClaims(claims), AS_OF);
                assertThat(after.requirement(shortfall.name()).met()).as(option.description()).isTrue();
                assertThat(after.requirement(shortfall.name()).actual() - shortfall.actual()).isEqualTo(option.gain());
            }
        }
        ParaAssertions.assertThat(ENGINE.assess(applyPlan(portfolio, gap), AS_OF)).isEligible();
    }

    @Test
    void moreExperienceIsNotSuggestedWhenExperienceIsAlreadyCapped() {
        Portfolio portfolio = level(1).with(workshop("w1", "2"),
                job("e1", "2016-01-01", null, 40, true, share("REFERENCE", 100))).portfolio();
        Assessment assessment = ENGINE.assess(portfolio, AS_OF);
        assertThat(assessment.pointsFrom(Source.EXPERIENCE)).isGreaterThan(assessment.totalPoints() - assessment.pointsFrom(Source.EDUCATION));

        GapAnalysis.Shortfall total = ENGINE.gap(portfolio, AS_OF, null).shortfalls().get(0);

        assertThat(total.name()).isEqualTo(RequirementName.TOTAL);
        assertThat(total.options()).extracting(GapAnalysis.Option::description)
                .noneMatch(description -> description.contains("library work"))
                .noneMatch(description -> description.contains("cross-training"));
    }

    @Test
    void theAreasOptionsAddToAnAreaNotYetCovered() {
        Portfolio portfolio = level(1).with(workshop("w1", "4", "2025-01-10", "REFERENCE", EvidenceKind.CERTIFICATE),
                workshop("w2", "1", "2025-01-10", "TECHNOLOGY", EvidenceKind.CERTIFICATE)).portfolio();

        GapAnalysis.Shortfall areas = ENGINE.gap(portfolio, AS_OF, null).shortfalls().stream()
                .filter(s -> s.name() == RequirementName.AREAS).findFirst().orElseThrow();

        assertThat(areas.options().get(0).description()).isEqualTo("1 workshop hour in Technology");
        assertThat(areas.why()).isEqualTo("Technology is not yet covered, and you already have 5 points there, the most of the areas not "
                + "yet covered");
    }

    @Test
    void twoAreasShortGetOptionsThatEachCoverOneMoreAreaAndThePlanCoversBoth() {
        Portfolio portfolio = level(1).with(workshop("w1", "1", "2025-01-10", "REFERENCE", EvidenceKind.CERTIFICATE)).portfolio();
        GapAnalysis gap = ENGINE.gap(portfolio, AS_OF, null);

        GapAnalysis.Shortfall areas = gap.shortfalls().stream().filter(s -> s.name() == RequirementName.AREAS).findFirst().orElseThrow();

        assertThat(areas.actual()).isZero();
        assertThat(areas.shortBy()).isEqualTo(2);
        assertThat(areas.anyOptionCloses()).isFalse();
        assertThat(areas.options()).isNotEmpty().allSatisfy(option -> assertThat(option.gain()).isEqualTo(1));
        assertThat(areas.options()).extracting(GapAnalysis.Option::description).anyMatch(d -> d.endsWith("in Reference and Information Services"));
        assertThat(gap.plannedAssessment().requirement(RequirementName.AREAS).met()).isTrue();
        ParaAssertions.assertThat(ENGINE.assess(applyPlan(portfolio, gap), AS_OF)).isEligible();
    }

    @Test
    void nothingIsSuggestedForThePastAndServiceSaysWhenItWouldCount() {
        Portfolio portfolio = level(1).with(workshop("w1", "2")).portfolio();

        GapAnalysis gap = ENGINE.gap(portfolio, AS_OF, null);

        List<String> said = new ArrayList<>();
        gap.shortfalls().forEach(s -> s.options().forEach(o -> said.add(o.description())));
        gap.plan().forEach(step -> said.add(step.description()));
        java.util.regex.Pattern date = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        for (String description : said) {
            date.matcher(description).results().map(m -> java.time.LocalDate.parse(m.group()))
                    .forEach(day -> assertThat(day).as(description).isAfterOrEqualTo(AS_OF));
        }
        assertThat(said).anyMatch(d -> d.startsWith("serve on a committee in ") && d.contains("starting today (it counts once served, from "));
        assertThat(said).anyMatch(d -> d.startsWith("full-time paid library work in ") && d.contains(", starting today"));
    }

    @Test
    void thePlanPutsAnAdditionWhereTheOptionsDidAndSaysWhy() {
        Portfolio portfolio = level(1).with(workshop("w1", "2", "2025-01-10", "REFERENCE", EvidenceKind.CERTIFICATE),
                job("e1", "2016-01-01", null, 40, true, share("REFERENCE", 100))).portfolio();

        GapAnalysis gap = ENGINE.gap(portfolio, AS_OF, null);

        for (GapAnalysis.Step step : gap.plan()) {
            GapAnalysis.Shortfall shortfall = gap.shortfalls().stream().filter(s -> s.name() == step.closes()).findFirst().orElseThrow();
            assertThat(step.why()).as(step.description()).isEqualTo(shortfall.why()).isNotEmpty();
            String area = ENGINE.editions().get(0).areas().stream().map(a -> PlainWords.area(ENGINE.editions().get(0), a.code()))
                    .filter(name -> step.description().contains(" in " + name)).findFirst().orElseThrow();
            assertThat(shortfall.options()).extracting(GapAnalysis.Option::description).anyMatch(d -> d.contains(" in " + area));
        }
        assertThat(gap.shortfalls().get(0).why()).startsWith("any area counts toward total points; ")
                .contains("you have no points yet in ");
    }

    @Test
    void aMissingPrerequisiteIsAdviceNotAPlan() {
        Portfolio portfolio = level(3).holding(1, "2015-05-01").with(workshop("w1", "2")).portfolio();

        GapAnalysis gap = ENGINE.gap(portfolio, AS_OF, null);

        assertThat(gap.shortfalls().get(0).name()).isEqualTo(RequirementName.PREREQUISITE);
        assertThat(gap.shortfalls().get(0).advice()).isEqualTo("must first hold Level 2: no claim can stand in for it");
        assertThat(gap.planMakesEligible()).isFalse();
    }

    @Test
    void anotherLevelCanBePlannedFor() {
        Portfolio portfolio = level(1).with(workshop("w1", "2")).portfolio();

        GapAnalysis gap = ENGINE.gap(portfolio, AS_OF, 2);

        assertThat(gap.assessment().targetLevel()).isEqualTo(2);
        assertThat(gap.shortfalls().get(0).name()).isEqualTo(RequirementName.PREREQUISITE);
    }

    @Test
    void anEligiblePortfolioHasNoGap() {
        Portfolio portfolio = level(1).with(
                Fixtures.course("c1", "3", org.mla.para.model.CreditSystem.SEMESTER, true),
                job("e1", "2019-01-07", null, 30, true, share("PUBLIC_SERVICES", 100)),
                Fixtures.presentation("p1", "Talk", "2025-10-08")).portfolio();

        GapAnalysis gap = ENGINE.gap(portfolio, AS_OF, null);

        assertThat(gap.shortfalls()).isEmpty();
        assertThat(gap.plan()).isEmpty();
        assertThat(gap.planMakesEligible()).isTrue();
    }
}
