package org.mla.para.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.mla.para.engine.InvalidPortfolioException;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.Problem;
import org.mla.para.model.Applicant;
import org.mla.para.model.Assessment;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.CollegeCourse;
import org.mla.para.model.CreditSystem;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.LibraryEmployment;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Presentation;
import org.mla.para.model.Requirement;
import org.mla.para.model.Workshop;

/**
 * How a membership system would embed PARA: build the engine once, assess a member's portfolio
 * built from its own records, show the explanation, and react to invalid records. Run it:
 * {@code java -cp para-examples/target/para.jar org.mla.para.examples.MembershipSystemExample}.
 */
public final class MembershipSystemExample {

    private MembershipSystemExample() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j"); // Hibernate Validator logs through SLF4J, at WARN here
        run(System.out);
    }

    static void run(PrintStream out) {
        // 1. Once, at start-up: compiling the rules takes a moment; the engine is thread-safe.
        ParaEngine engine = ParaEngine.bundled();
        LocalDate today = LocalDate.of(2026, 2, 20);

        // 2. A member's portfolio, built from the membership system's own records: each value is
        //    named where it is given, and every with... returns a new immutable value.
        Portfolio portfolio = Portfolio.of(
                        Applicant.of("M-20417", "Ana Silva").withEmail("ana.silva@library.example.org")
                                .withLibrary("Lowell City Library"),
                        1, LocalDate.of(2025, 10, 1))
                .withClaims(
                        CollegeCourse.of("course-1", "LIB 101 Introduction to Library Services")
                                .withArea("PUBLIC_SERVICES").withDate(LocalDate.of(2024, 12, 15))
                                .withCredits("3", CreditSystem.SEMESTER).withLibraryRelated(true)
                                .withEvidence(EvidenceKind.TRANSCRIPT),
                        Workshop.of("mls-2025-04", "Readers' Advisory Basics")
                                .withArea("REFERENCE").withDate(LocalDate.of(2025, 4, 10)).withHours("2.5")
                                .withEvidence(EvidenceKind.CERTIFICATE),
                        LibraryEmployment.of("job-1", "Library Assistant")
                                .withStart(LocalDate.of(2020, 9, 1)).withHoursPerWeek(30).withPaid(true)
                                .withArea("PUBLIC_SERVICES", 80).withArea("TECHNOLOGY", 20)
                                .withEvidence(EvidenceKind.SUPERVISOR_LETTER),
                        Presentation.of("talk-1", "Tech Help Drop-in")
                                .withArea("TECHNOLOGY").withDate(LocalDate.of(2025, 10, 8))
                                .withEvidence(EvidenceKind.PROGRAM));

        // 3. Assess it and read the explanation.
        Assessment assessment = engine.assess(portfolio, today);
        out.printf("%s, Level %d: %s with %d points%n", portfolio.applicant().name(), assessment.targetLevel(),
                assessment.eligible() ? "eligible" : "not yet eligible", assessment.totalPoints());
        for (ClaimAssessment claim : assessment.claims()) {
            out.printf("  %-12s %4d points by %-24s %s%n", claim.id(), claim.points(), claim.rule(), claim.notes());
        }
        for (Requirement requirement : assessment.requirements()) {
            if (!requirement.met()) {
                out.printf("  short: %s needs %d, has %d%n", requirement.name(), requirement.required(), requirement.actual());
            }
        }

        // 4. A record the system got wrong is a list of problems to show, not a crash.
        Portfolio mistyped = portfolio.withClaims(Workshop.of("mls-2025-05", "Half an hour")
                .withArea("CATALOGING").withDate(LocalDate.of(2025, 5, 1)).withHours("0.5")
                .withEvidence(EvidenceKind.CERTIFICATE));
        try {
            engine.assess(mistyped, today);
        } catch (InvalidPortfolioException e) {
            out.println("Records to fix before assessing:");
            for (Problem problem : e.problems()) {
                out.println("  " + problem);
            }
        }
    }
}
