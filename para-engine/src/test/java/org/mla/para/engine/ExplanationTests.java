package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.engine.Fixtures.AS_OF;
import static org.mla.para.engine.Fixtures.award;
import static org.mla.para.engine.Fixtures.ENGINE;
import static org.mla.para.engine.Fixtures.crossTraining;
import static org.mla.para.engine.Fixtures.level;
import static org.mla.para.engine.Fixtures.membership;
import static org.mla.para.engine.Fixtures.presentation;
import static org.mla.para.engine.Fixtures.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Assessment;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.Note;
import org.mla.para.model.Portfolio;

/** Notes explained: what each refers to, with the figures the rules used, and what to do about it. */
class ExplanationTests {

    @Test
    void aDuplicateNamesTheClaimItRepeatsEvenAmongSeveral() {
        Portfolio portfolio = level(1).with(presentation("p1", "Storytime Basics", "2025-01-10"),
                presentation("p2", "storytime basics", "2025-02-10"), presentation("p3", "Storytime  Basics", "2025-03-10")).portfolio();

        Explanation explanation = ENGINE.explain(portfolio, AS_OF, List.of());

        assertThat(explanation.reasons("p1")).isEmpty();
        for (String id : List.of("p2", "p3")) {
            Explanation.Reason reason = explanation.reasons(id).get(0);
            assertThat(reason.note()).isEqualTo(Note.DUPLICATE);
            assertThat(reason.reference()).isEqualTo("DUPLICATE of p1 (same title)");
            assertThat(reason.words()).isEqualTo("counted once: same title as p1 “Storytime Basics”");
            assertThat(reason.claims()).containsExactly("p1");
        }
    }

    @Test
    void twoCapsOnOneClaimEachSayWhoCountedTowardItWhenItWasAppliedInPlainWords(@TempDir Path dir) throws IOException {
        Path edition = ParaEngineTests.copyReferenceEdition(dir.resolve("edited"));
        Path caps = edition.resolve("caps.drl");
        String text = Files.readString(caps);
        String last = text.lines().filter(l -> l.contains("insert(Cap.")).reduce((a, b) -> b).orElseThrow();
        Files.writeString(caps, text.replace(last, last + "\n    insert(Cap.atMost(3).claims().perPortfolio().of(ClaimType.WORKSHOP));"
                + "\n    insert(Cap.atMost(15).points().perPortfolio().of(ClaimType.WORKSHOP, ClaimType.CEU));"
                + "\n    insert(Cap.atMost(1).claims().perPortfolio().of(ClaimType.AWARD));"));
        ParaEngine engine = ParaEngine.fromDirectory(dir);
        // four workshops of 10 points: the 3-workshop cap leaves w4 nothing; the 15-point cap then cuts w2 to 5 and w3 to 0
        Portfolio portfolio = level(1).with(workshop("w1", "2"), workshop("w2", "2"), workshop("w3", "2"), workshop("w4", "2"),
                award("a1"), award("a2")).portfolio();

        Explanation explanation = engine.explain(portfolio, AS_OF, List.of());

        assertThat(explanation.assessment().claims()).extracting(c -> c.points()).containsExactly(10, 5, 0, 0, 10, 0);
        assertThat(explanation.reasons("w4")).singleElement().satisfies(r -> {
            assertThat(r.words()).isEqualTo("at most 3 workshops count per portfolio; w1, w2 and w3 already count");
            assertThat(r.reference()).isEqualTo("CAPPED: workshop 3 claims a portfolio, used by w1, w2, w3");
        });
        assertThat(explanation.reasons("w3")).singleElement().satisfies(r ->
                assertThat(r.words()).isEqualTo("workshops and CEU courses count for at most 15 points a portfolio; w1 and w2 already use 15"));
        assertThat(explanation.reasons("a2")).singleElement().satisfies(r ->
                assertThat(r.words()).isEqualTo("at most 1 award counts per portfolio; a1 already counts"));
    }

    @Test
    void aCapSaysItsSizeAndWhoUsedItWithTheFiguresOfTheAssessment() {
        Portfolio portfolio = level(1).with(crossTraining("x1", 15), crossTraining("x2", 12)).portfolio();

        Explanation explanation = ENGINE.explain(portfolio, AS_OF, List.of());

        Assessment assessment = explanation.assessment();
        int cap = assessment.claim("x1").orElseThrow().points() + assessment.claim("x2").orElseThrow().points();
        Explanation.Reason reason = explanation.reasons("x2").get(0);
        assertThat(reason.note()).isEqualTo(Note.CAPPED);
        assertThat(reason.limit()).isEqualTo(cap);
        assertThat(reason.claims()).containsExactly("x1");
        assertThat(reason.reference()).isEqualTo("CAPPED: cross-training " + cap + " a portfolio, 15 used by x1");
        assertThat(reason.words()).isEqualTo("cross-training counts for at most " + cap + " points a portfolio; x1 already uses 15");
    }

    @Test
    void aCapPerOrganizationIsToldFromACapPerPortfolio() {
        Portfolio portfolio = level(1).with(membership("m1", "Massachusetts Library Association", "2019-01-01", "2023-12-31"),
                membership("m2", "New England Library Association", "2019-01-01", "2023-12-31"),
                membership("m3", "Massachusetts Library Association", "2024-01-01", null)).portfolio();

        Explanation explanation = ENGINE.explain(portfolio, AS_OF, List.of());

        Explanation.Reason reason = explanation.reasons("m3").get(0);
        assertThat(reason.note()).isEqualTo(Note.CAPPED);
        assertThat(reason.claims()).containsExactly("m1");
        assertThat(reason.reference()).startsWith("CAPPED: membership " + reason.limit() + " per organization, ");
    }

    @Test
    void missingEvidenceSaysWhatToAttachAndWhatItWouldAdd() {
        Portfolio portfolio = level(1).with(workshop("w1", "2", "2025-01-10", "REFERENCE", EvidenceKind.COPY)).portfolio();

        Explanation.Reason reason = ENGINE.explain(portfolio, AS_OF, List.of()).reasons("w1").get(0);

        assertThat(reason.note()).isEqualTo(Note.NO_EVIDENCE);
        assertThat(reason.words()).isEqualTo("+10 once you attach a certificate or attendance form");
        assertThat(reason.reference()).isEqualTo("NO_EVIDENCE: +10 with a certificate or attendance form");
    }

    @Test
    void aReviewersAdjustmentCarriesItsReason() {
        Portfolio portfolio = level(1).with(workshop("w1", "2", "2025-01-10", "REFERENCE", EvidenceKind.CERTIFICATE)).portfolio();

        Explanation explanation = ENGINE.explain(portfolio, AS_OF,
                List.of(Adjustment.disallow("w1", "the certificate is for another course", "R. Chen")));

        assertThat(explanation.reasons("w1")).singleElement().satisfies(reason -> {
            assertThat(reason.note()).isEqualTo(Note.DISALLOWED);
            assertThat(reason.words()).isEqualTo("disallowed by the Review Board: the certificate is for another course (R. Chen)");
        });
    }

    @Test
    void theWordsOfTheExperienceCapComeFromTheAssessmentsOwnFigures() {
        Portfolio portfolio = level(1).with(workshop("w1", "2"),
                Fixtures.job("e1", "2016-01-01", null, 40, true, Fixtures.share("REFERENCE", 100))).portfolio();
        Assessment assessment = ENGINE.assess(portfolio, AS_OF);
        int counted = assessment.totalPoints() - assessment.pointsFrom(org.mla.para.model.Source.EDUCATION);

        assertThat(PlainWords.experienceCounted(assessment)).isEqualTo("(" + counted + " of "
                + assessment.pointsFrom(org.mla.para.model.Source.EXPERIENCE) + " count toward the total)");
    }
}
