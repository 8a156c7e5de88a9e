package org.mla.para.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mla.para.model.ClaimType;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.Note;
import org.mla.para.model.Presentation;
import org.mla.para.model.Source;

class ClaimScoresTests {

    private static final Window WINDOW = new Window(LocalDate.of(2021, 2, 20), LocalDate.of(2026, 2, 20));
    private static final List<AcceptedEvidence> EVIDENCE = List.of(AcceptedEvidence.of(ClaimType.PRESENTATION, EvidenceKind.PROGRAM));

    @Test
    void aCapReadsLeftToRight() {
        Cap cap = Cap.atMost(3).claims().perPortfolio().of(ClaimType.PRESENTATION, ClaimType.AWARD);

        assertThat(cap.limit()).isEqualTo(3);
        assertThat(cap.unit()).isEqualTo(Cap.Unit.CLAIMS);
        assertThat(cap.perTitle()).isFalse();
        assertThat(cap.types()).containsExactlyInAnyOrder(ClaimType.PRESENTATION, ClaimType.AWARD);
        assertThat(Cap.atMost(10).points().perOrganization().of(ClaimType.MEMBERSHIP).perTitle()).isTrue();
    }

    @Test
    void aNegativeCapIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> Cap.atMost(-1).points().perPortfolio().of(ClaimType.CONFERENCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a cap's limit cannot be negative: Cap.atMost(-1)");
    }

    @Test
    void ofTwoCountingClaimsWithTheSameTitleTheEarliestCountsAndOnTheSameDayTheOneListedFirst() {
        ClaimScores scores = scored(
                presentation("p1", "Weeding", "2025-05-01", EvidenceKind.PROGRAM),
                presentation("p2", "weeding ", "2025-04-01", EvidenceKind.PROGRAM),
                presentation("p3", "WEEDING", "2025-04-01", EvidenceKind.PROGRAM),
                presentation("p4", "Weeding", "2025-01-01"));

        scores.countOnce(ClaimType.PRESENTATION);

        assertThat(scores.all()).extracting(ClaimScore::isDuplicate).containsExactly(true, false, true, false);
        assertThat(scores.all().get(3).getNotes()).as("without evidence it does not count, so it is no duplicate")
                .containsExactly(Note.NO_EVIDENCE);
    }

    @Test
    void capsInPointsPerTitleLeaveEachTitleItsOwnLimitInClaimOrder() {
        ClaimScores scores = scored(
                presentation("p1", "Weeding", "2025-05-01", EvidenceKind.PROGRAM),
                presentation("p2", "Makerspaces", "2025-04-01", EvidenceKind.PROGRAM),
                presentation("p3", "weeding", "2025-06-01", EvidenceKind.PROGRAM));

        scores.applyCaps(List.of(Cap.atMost(15).points().perTitle().of(ClaimType.PRESENTATION)));

        assertThat(scores.all()).extracting(ClaimScore::getPoints).containsExactly(10, 10, 5);
        assertThat(scores.all().get(2).getNotes()).containsExactly(Note.CAPPED);
        assertThat(scores.all().get(1).isCapChecked()).isTrue();
    }

    @Test
    void aCapInClaimsCountsOnlyClaimsThatEarnPoints() {
        ClaimScores scores = scored(
                presentation("p1", "One", "2025-05-01", EvidenceKind.PROGRAM),
                presentation("p2", "Two", "2020-01-01", EvidenceKind.PROGRAM),
                presentation("p3", "Three", "2025-06-01", EvidenceKind.PROGRAM),
                presentation("p4", "Four", "2025-07-01", EvidenceKind.PROGRAM));

        scores.applyCaps(List.of(Cap.atMost(2).claims().perPortfolio().of(ClaimType.PRESENTATION)));

        assertThat(scores.all()).extracting(ClaimScore::getPoints).containsExactly(10, 0, 10, 0);
        assertThat(scores.all().get(1).getNotes()).containsExactly(Note.OUTSIDE_WINDOW);
        assertThat(scores.all().get(3).getNotes()).containsExactly(Note.CAPPED);
    }

    private static ClaimScores scored(Presentation... presentations) {
        List<ClaimScore> list = new ArrayList<>();
        for (Presentation presentation : presentations) {
            list.add(new ClaimScore(presentation, list.size()));
        }
        ClaimScores scores = new ClaimScores(list);
        scores.checkEvidence(EVIDENCE);
        scores.checkWindow(WINDOW);
        scores.all().forEach(score -> score.award(Source.PROFESSIONAL_ACTIVITIES, 10));
        return scores;
    }

    private static Presentation presentation(String id, String title, String date, EvidenceKind... evidence) {
        return new Presentation(id, title, "GENERAL", LocalDate.parse(date), List.of(evidence));
    }
}
