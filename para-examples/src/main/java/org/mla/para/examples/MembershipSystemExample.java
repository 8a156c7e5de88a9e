package org.mla.para.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.mla.para.engine.InvalidPortfolioException;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.Problem;
import org.mla.para.model.Applicant;
import org.mla.para.model.AreaShare;
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

        // 2. A member's portfolio, built from the membership system's own records.
        Portfolio portfolio = new Portfolio(
                new Applicant("M-20417", "Ana Silva", "ana.silva@library.example.org", "Lowell City Library"),
                1, LocalDate.of(2025, 10, 1), null, List.of(),
                List.of(new CollegeCourse("course-1", "LIB 101 Introduction to Library Services", "PUBLIC_SERVICES",
                                LocalDate.of(2024, 12, 15), new BigDecimal("3"), CreditSystem.SEMESTER, true,
                                List.of(EvidenceKind.TRANSCRIPT)),
                        new Workshop("mls-2025-04", "Readers' Advisory Basics", "REFERENCE", LocalDate.of(2025, 4, 10),
                                new BigDecimal("2.5"), List.of(EvidenceKind.CERTIFICATE)),
                        new LibraryEmployment("job-1", "Library Assistant", LocalDate.of(2020, 9, 1), null, 30, true,
                                List.of(new AreaShare("PUBLIC_SERVICES", 80), new AreaShare("TECHNOLOGY", 20)),
                                List.of(EvidenceKind.SUPERVISOR_LETTER)),
                        new Presentation("talk-1", "Tech Help Drop-in", "TECHNOLOGY", LocalDate.of(2025, 10, 8),
                                List.of(EvidenceKind.PROGRAM))));

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
        Portfolio mistyped = portfolio.withClaims(List.of(new Workshop("mls-2025-05", "Half an hour", "CATALOGING",
                LocalDate.of(2025, 5, 1), new BigDecimal("0.5"), List.of(EvidenceKind.CERTIFICATE))));
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
