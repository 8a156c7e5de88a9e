package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.engine.Fixtures.award;
import static org.mla.para.engine.Fixtures.committee;
import static org.mla.para.engine.Fixtures.conference;
import static org.mla.para.engine.Fixtures.level;
import static org.mla.para.engine.Fixtures.membership;
import static org.mla.para.engine.Fixtures.presentation;
import static org.mla.para.engine.Fixtures.publication;
import static org.mla.para.model.EvidenceKind.COPY;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mla.para.model.Assessment;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.CommitteeRole;
import org.mla.para.model.Note;
import org.mla.para.model.PublicationKind;
import org.mla.para.model.Source;

class ActivitiesRulesTests {

    @ParameterizedTest(name = "membership {0} .. {1}: {2} points")
    @CsvSource({
        "2025-02-21, 2026-02-19, 0",   // 364 days
        "2025-02-21, 2026-02-20, 2",   // 365 days
        "2024-02-23, 2026-02-20, 2",   // 729 days (Feb 29 among them)
        "2024-02-22, 2026-02-20, 4",   // 730 days
        "2019-07-01,           , 12"}) // ongoing, 6 full years; capped below
    void membershipEarnsTwoPointsPerFull365Days(String start, String end, int formulaPoints) {
        ClaimAssessment claim = level(1).with(membership("m1", "Massachusetts Library Association", start, end)).assess("m1");

        assertThat(claim.points()).isEqualTo(Math.min(formulaPoints, 10));
        assertThat(claim.rule()).isEqualTo("PA-MEMBERSHIP");
        assertThat(claim.source()).isEqualTo(Source.PROFESSIONAL_ACTIVITIES);
    }

    @Test
    void membershipUnderAYearIsShortService() {
        ClaimAssessment claim = level(1).with(membership("m1", "MLA", "2025-06-01", null)).assess("m1");

        assertThat(claim.points()).isZero();
        assertThat(claim.notes()).containsExactly(Note.SHORT_SERVICE);
    }

    @Test
    void membershipIsCappedPerOrganizationRecognizedByItsTitle() {
        Assessment assessment = level(1).with(
                membership("m1", "Massachusetts Library Association", "2019-07-01", "2023-07-01"),
                membership("m2", "  massachusetts \t library   ASSOCIATION ", "2022-01-01", null),
                membership("m3", "New England Library Association", "2019-07-01", null)).assess();

        ClaimAssessment first = assessment.claim("m1").orElseThrow();
        ClaimAssessment second = assessment.claim("m2").orElseThrow();
        ClaimAssessment other = assessment.claim("m3").orElseThrow();
        assertThat(first.points()).isEqualTo(8);
        assertThat(second.points()).isEqualTo(2);
        assertThat(second.notes()).containsExactly(Note.CAPPED);
        assertThat(other.points()).isEqualTo(10);
        assertThat(other.notes()).containsExactly(Note.CAPPED);
    }

    @Test
    void aMembershipCappedToNothingIsStillNotedCapped() {
        Assessment assessment = level(1).with(
                membership("m1", "MLA", "2019-07-01", null),
                membership("m2", "mla", "2023-01-01", null)).assess();

        assertThat(assessment.claim("m2").orElseThrow().points()).isZero();
        assertThat(assessment.claim("m2").orElseThrow().notes()).containsExactly(Note.CAPPED);
    }

    @ParameterizedTest(name = "{0} for {1} .. {2}: {3} points")
    @CsvSource({
        "MEMBER,  2023-09-01, 2025-08-31, 10",
        "CHAIR,   2021-09-01, 2025-08-31, 40",
        "OFFICER, 2022-06-01, 2025-05-31, 30",
        "MEMBER,  2025-09-01, 2026-02-20, 0"})
    void committeeServiceEarnsPerFullYearByRole(CommitteeRole role, String start, String end, int points) {
        ClaimAssessment claim = level(1).with(committee("k1", role, start, end)).assess("k1");

        assertThat(claim.points()).isEqualTo(points);
        assertThat(claim.rule()).isEqualTo("PA-COMMITTEE");
        assertThat(claim.notes()).containsExactlyElementsOf(points == 0 ? java.util.List.of(Note.SHORT_SERVICE) : java.util.List.of());
    }

    @Test
    void aPresentationEarnsTen() {
        ClaimAssessment claim = level(1).with(presentation("p1", "Library of Things", "2025-03-01")).assess("p1");

        assertThat(claim.points()).isEqualTo(10);
        assertThat(claim.rule()).isEqualTo("PA-PRESENTATION");
    }

    @Test
    void aRepeatedPresentationCountsOnceTheEarliest() {
        Assessment assessment = level(1).with(
                presentation("p1", "Self-Checkout Without Tears", "2023-05-22"),
                presentation("p2", "self-checkout without tears", "2022-10-19"),
                presentation("p3", " Self-Checkout  Without Tears ", "2024-04-09")).assess();

        assertThat(assessment.claim("p2").orElseThrow().points()).isEqualTo(10);
        assertThat(assessment.claim("p1").orElseThrow().notes()).containsExactly(Note.DUPLICATE);
        assertThat(assessment.claim("p3").orElseThrow().notes()).containsExactly(Note.DUPLICATE);
        assertThat(assessment.pointsFrom(Source.PROFESSIONAL_ACTIVITIES)).isEqualTo(10);
    }

    @Test
    void aTitleBeginningOrEndingWithWideWhiteSpaceIsTheSameTitle() {
        Assessment assessment = level(1).with(
                presentation("p1", "Weeding", "2022-10-19"),
                presentation("p2", "\u3000Weeding", "2023-05-22"),
                presentation("p3", "Weeding\u2002", "2023-06-22"),
                presentation("p4", "\u205F\u1680weeding", "2024-04-09")).assess();

        assertThat(assessment.claim("p1").orElseThrow().notes()).isEmpty();
        for (String id : new String[] {"p2", "p3", "p4"}) {
            assertThat(assessment.claim(id).orElseThrow().notes()).as(id).containsExactly(Note.DUPLICATE);
        }
        assertThat(assessment.pointsFrom(Source.PROFESSIONAL_ACTIVITIES)).isEqualTo(10);
    }

    @Test
    void onTheSameDayTheFirstListedPresentationCounts() {
        Assessment assessment = level(1).with(
                presentation("p1", "Weeding", "2024-04-09"),
                presentation("p2", "Weeding", "2024-04-09")).assess();

        assertThat(assessment.claim("p1").orElseThrow().notes()).isEmpty();
        assertThat(assessment.claim("p2").orElseThrow().notes()).containsExactly(Note.DUPLICATE);
    }

    @Test
    void aPresentationWithoutEvidenceIsNotTheFirstOfItsTitle() {
        Assessment assessment = level(1).with(
                presentation("p1", "Weeding", "2023-01-10", COPY),
                presentation("p2", "Weeding", "2024-04-09")).assess();

        ClaimAssessment unproven = assessment.claim("p1").orElseThrow();
        assertThat(unproven.notes()).containsExactly(Note.NO_EVIDENCE);
        assertThat(unproven.pendingPoints()).isEqualTo(10);
        assertThat(assessment.claim("p2").orElseThrow().points()).isEqualTo(10);
        assertThat(assessment.claim("p2").orElseThrow().notes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} points")
    @CsvSource({"ARTICLE, 15", "BOOK_CHAPTER, 20", "REVIEW, 5", "NEWSLETTER, 3"})
    void publicationsEarnByKind(PublicationKind kind, int points) {
        ClaimAssessment claim = level(1).with(publication("b1", kind)).assess("b1");

        assertThat(claim.points()).isEqualTo(points);
        assertThat(claim.rule()).isEqualTo("PA-PUBLICATION");
    }

    @ParameterizedTest(name = "{0} days: {1} points")
    @CsvSource({"1, 3", "3, 9", "5, 15"})
    void conferencesEarnThreePointsPerDay(int days, int points) {
        ClaimAssessment claim = level(1).with(conference("f1", "2025-05-19", days)).assess("f1");

        assertThat(claim.points()).isEqualTo(points);
        assertThat(claim.rule()).isEqualTo("PA-CONFERENCE");
    }

    @Test
    void aConferenceCountsWhenItsFirstDayIsInsideTheWindow() {
        assertThat(level(1).with(conference("f1", "2016-02-20", 3)).assess("f1").points()).isEqualTo(9);
        assertThat(level(1).with(conference("f1", "2016-02-19", 3)).assess("f1").notes()).containsExactly(Note.OUTSIDE_WINDOW);
    }

    @Test
    void anAwardEarnsTen() {
        ClaimAssessment claim = level(1).with(award("a1")).assess("a1");

        assertThat(claim.points()).isEqualTo(10);
        assertThat(claim.rule()).isEqualTo("PA-AWARD");
    }
}
