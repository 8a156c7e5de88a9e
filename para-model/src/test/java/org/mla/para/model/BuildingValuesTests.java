package org.mla.para.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The static factories and with... methods build the same records as their constructors, and change nothing in place. */
class BuildingValuesTests {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 10);
    private static final LocalDate LATER = LocalDate.of(2025, 6, 30);

    @Test
    void everyClaimTypeHasAFactoryByIdAndTitle() {
        for (ClaimType type : ClaimType.values()) {
            assertThat(Arrays.stream(type.recordType().getMethods())
                    .filter(m -> m.getName().equals("of") && m.getReturnType() == type.recordType())
                    .filter(m -> List.of(m.getParameterTypes()).equals(List.of(String.class, String.class))))
                    .as("%s.of(id, title)", type.recordType().getSimpleName()).hasSize(1);
        }
    }

    @Test
    void claimsBuiltFluentlyEqualTheirConstructorsResult() {
        assertThat(CollegeCourse.of("c1", "LIB 101").withArea("REFERENCE").withDate(DAY).withCredits("1.5", CreditSystem.QUARTER)
                .withLibraryRelated(true).withEvidence(EvidenceKind.TRANSCRIPT))
                .isEqualTo(new CollegeCourse("c1", "LIB 101", "REFERENCE", DAY, new BigDecimal("1.5"), CreditSystem.QUARTER, true,
                        List.of(EvidenceKind.TRANSCRIPT)));
        assertThat(Workshop.of("w1", "RA").withArea("REFERENCE").withDate(DAY).withHours("2.5").withEvidence())
                .isEqualTo(new Workshop("w1", "RA", "REFERENCE", DAY, new BigDecimal("2.5"), List.of()));
        assertThat(Ceu.of("u1", "Web").withArea("TECHNOLOGY").withDate(DAY).withCeus(new BigDecimal("0.6")))
                .isEqualTo(new Ceu("u1", "Web", "TECHNOLOGY", DAY, new BigDecimal("0.6"), List.of()));
        assertThat(CrossTraining.of("x1", "Circ").withArea("GENERAL").withDate(DAY).withHours(12))
                .isEqualTo(new CrossTraining("x1", "Circ", "GENERAL", DAY, 12, List.of()));
        assertThat(LibraryEmployment.of("j1", "Assistant").withStart(DAY).withEnd(LATER).withHoursPerWeek(30).withPaid(false)
                .withArea("PUBLIC_SERVICES", 80).withArea("TECHNOLOGY", 20).withEvidence(EvidenceKind.SUPERVISOR_LETTER))
                .isEqualTo(new LibraryEmployment("j1", "Assistant", DAY, LATER, 30, false,
                        List.of(new AreaShare("PUBLIC_SERVICES", 80), new AreaShare("TECHNOLOGY", 20)),
                        List.of(EvidenceKind.SUPERVISOR_LETTER)));
        assertThat(Membership.of("m1", "MLA").withArea("GENERAL").withStart(DAY))
                .isEqualTo(new Membership("m1", "MLA", "GENERAL", DAY, null, List.of()));
        assertThat(Committee.of("k1", "Board").withArea("GENERAL").withStart(DAY).withEnd(LATER).withRole(CommitteeRole.CHAIR))
                .isEqualTo(new Committee("k1", "Board", "GENERAL", DAY, LATER, CommitteeRole.CHAIR, List.of()));
        assertThat(Presentation.of("p1", "Talk").withArea("GENERAL").withDate(DAY).withEvidence(EvidenceKind.PROGRAM))
                .isEqualTo(new Presentation("p1", "Talk", "GENERAL", DAY, List.of(EvidenceKind.PROGRAM)));
        assertThat(Publication.of("b1", "Piece").withArea("GENERAL").withDate(DAY).withKind(PublicationKind.REVIEW))
                .isEqualTo(new Publication("b1", "Piece", "GENERAL", DAY, PublicationKind.REVIEW, List.of()));
        assertThat(Conference.of("f1", "MLA 2025").withArea("GENERAL").withDate(DAY).withDays(2))
                .isEqualTo(new Conference("f1", "MLA 2025", "GENERAL", DAY, 2, List.of()));
        assertThat(Award.of("a1", "Staff award").withArea("GENERAL").withDate(DAY))
                .isEqualTo(new Award("a1", "Staff award", "GENERAL", DAY, List.of()));
    }

    @Test
    void aPortfolioBuiltFluentlyEqualsItsConstructorsResult() {
        Presentation talk = Presentation.of("p1", "Talk").withArea("GENERAL").withDate(DAY);

        Portfolio built = Portfolio.of(Applicant.of("A-1", "Jane Doe").withEmail("jane@example.org").withLibrary("Memorial Hall"),
                        2, DAY)
                .withHeldLevel(1, DAY.minusYears(2)).withClaims(talk);

        assertThat(built).isEqualTo(new Portfolio(new Applicant("A-1", "Jane Doe", "jane@example.org", "Memorial Hall"), 2, DAY,
                null, List.of(new HeldLevel(1, DAY.minusYears(2))), List.of(talk)));
    }

    @Test
    void aWithMethodLeavesTheValueItIsCalledOnAsItWas() {
        Workshop workshop = Workshop.of("w1", "RA").withHours("2");
        LibraryEmployment job = LibraryEmployment.of("j1", "Assistant").withArea("REFERENCE", 100);
        Portfolio portfolio = Portfolio.of(Applicant.of("A-1", "Jane Doe"), 1, DAY);

        workshop.withHours("3");
        job.withArea("TECHNOLOGY", 50);
        portfolio.withHeldLevel(1, DAY).withClaims(workshop);

        assertThat(workshop.hours()).isEqualByComparingTo("2");
        assertThat(job.areas()).containsExactly(new AreaShare("REFERENCE", 100));
        assertThat(portfolio.heldLevels()).isEmpty();
        assertThat(portfolio.claims()).isEmpty();
    }
}
