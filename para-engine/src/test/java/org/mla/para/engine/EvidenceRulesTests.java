package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.engine.Fixtures.day;
import static org.mla.para.engine.Fixtures.level;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mla.para.model.AreaShare;
import org.mla.para.model.Award;
import org.mla.para.model.Ceu;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.ClaimType;
import org.mla.para.model.CollegeCourse;
import org.mla.para.model.Committee;
import org.mla.para.model.CommitteeRole;
import org.mla.para.model.Conference;
import org.mla.para.model.CreditSystem;
import org.mla.para.model.CrossTraining;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.LibraryEmployment;
import org.mla.para.model.Membership;
import org.mla.para.model.Note;
import org.mla.para.model.Presentation;
import org.mla.para.model.Publication;
import org.mla.para.model.PublicationKind;
import org.mla.para.model.Workshop;

class EvidenceRulesTests {

    /** The evidence table of the reference edition, as the Guidelines state it. */
    static Stream<Arguments> evidenceTable() {
        return Stream.of(
                Arguments.of(ClaimType.COLLEGE_COURSE, EnumSet.of(EvidenceKind.TRANSCRIPT)),
                Arguments.of(ClaimType.WORKSHOP, EnumSet.of(EvidenceKind.CERTIFICATE, EvidenceKind.ATTENDANCE_FORM)),
                Arguments.of(ClaimType.CEU, EnumSet.of(EvidenceKind.CERTIFICATE)),
                Arguments.of(ClaimType.CROSS_TRAINING, EnumSet.of(EvidenceKind.SUPERVISOR_LETTER)),
                Arguments.of(ClaimType.LIBRARY_EMPLOYMENT, EnumSet.of(EvidenceKind.SUPERVISOR_LETTER)),
                Arguments.of(ClaimType.MEMBERSHIP, EnumSet.of(EvidenceKind.MEMBERSHIP_RECORD)),
                Arguments.of(ClaimType.COMMITTEE, EnumSet.of(EvidenceKind.LETTER, EvidenceKind.MINUTES)),
                Arguments.of(ClaimType.PRESENTATION, EnumSet.of(EvidenceKind.PROGRAM, EvidenceKind.LETTER)),
                Arguments.of(ClaimType.PUBLICATION, EnumSet.of(EvidenceKind.COPY)),
                Arguments.of(ClaimType.CONFERENCE, EnumSet.of(EvidenceKind.CERTIFICATE, EvidenceKind.PROGRAM)),
                Arguments.of(ClaimType.AWARD, EnumSet.of(EvidenceKind.CERTIFICATE, EvidenceKind.LETTER)));
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @MethodSource("evidenceTable")
    void eachTypeCountsWithAnyAcceptedKindAndNoOther(ClaimType type, Set<EvidenceKind> accepted) {
        for (EvidenceKind kind : EvidenceKind.values()) {
            ClaimAssessment claim = level(1).with(claim(type, List.of(kind))).assess("x");
            if (accepted.contains(kind)) {
                assertThat(claim.notes()).as("%s with %s", type, kind).doesNotContain(Note.NO_EVIDENCE);
                assertThat(claim.points()).as("%s with %s", type, kind).isPositive();
                assertThat(claim.pendingPoints()).isZero();
            } else {
                assertThat(claim.notes()).as("%s with %s", type, kind).containsExactly(Note.NO_EVIDENCE);
                assertThat(claim.points()).isZero();
                assertThat(claim.pendingPoints()).as("%s with %s", type, kind).isPositive();
                assertThat(claim.areas()).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0} without evidence")
    @MethodSource("evidenceTable")
    void noEvidenceAtAllEarnsNothingAndKeepsTheFormulaAsPending(ClaimType type, Set<EvidenceKind> accepted) {
        ClaimAssessment without = level(1).with(claim(type, List.of())).assess("x");
        ClaimAssessment with = level(1).with(claim(type, List.copyOf(accepted))).assess("x");

        assertThat(without.points()).isZero();
        assertThat(without.pendingPoints()).isEqualTo(with.points());
        assertThat(without.notes()).containsExactly(Note.NO_EVIDENCE);
        assertThat(without.rule()).isEqualTo(with.rule());
    }

    /** A claim of {@code type} that earns points when its evidence is accepted. */
    static Claim claim(ClaimType type, List<EvidenceKind> evidence) {
        return switch (type) {
            case COLLEGE_COURSE -> new CollegeCourse("x", "Course", "REFERENCE", day("2024-05-01"), BigDecimal.ONE,
                    CreditSystem.SEMESTER, true, evidence);
            case WORKSHOP -> new Workshop("x", "Workshop", "REFERENCE", day("2024-05-01"), BigDecimal.ONE, evidence);
            case CEU -> new Ceu("x", "CEU", "REFERENCE", day("2024-05-01"), BigDecimal.ONE, evidence);
            case CROSS_TRAINING -> new CrossTraining("x", "Cross-training", "REFERENCE", day("2024-05-01"), 5, evidence);
            case LIBRARY_EMPLOYMENT -> new LibraryEmployment("x", "Job", day("2020-01-01"), null, 40, true,
                    List.of(new AreaShare("REFERENCE", 100)), evidence);
            case MEMBERSHIP -> new Membership("x", "MLA", "GENERAL", day("2022-01-01"), null, evidence);
            case COMMITTEE -> new Committee("x", "Committee", "GENERAL", day("2020-01-01"), null, CommitteeRole.MEMBER, evidence);
            case PRESENTATION -> new Presentation("x", "Talk", "GENERAL", day("2024-05-01"), evidence);
            case PUBLICATION -> new Publication("x", "Article", "GENERAL", day("2024-05-01"), PublicationKind.ARTICLE, evidence);
            case CONFERENCE -> new Conference("x", "Conference", "GENERAL", day("2024-05-01"), 2, evidence);
            case AWARD -> new Award("x", "Award", "GENERAL", day("2024-05-01"), evidence);
        };
    }
}
