package org.mla.para.workflow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.mla.para.engine.ParaEngine;
import org.mla.para.model.Applicant;
import org.mla.para.model.Claim;
import org.mla.para.model.CollegeCourse;
import org.mla.para.model.CreditSystem;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.LibraryEmployment;
import org.mla.para.model.AreaShare;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Presentation;
import org.mla.para.model.Workshop;

/** Portfolios, a settable clock and a workflow for the workflow's tests (and the stores' contract tests). */
public final class WorkflowFixtures {

    /** One engine per JVM: compiling the rules is the slow part. */
    public static final ParaEngine ENGINE = ParaEngine.bundled();

    public static final LocalDate REGISTERED = LocalDate.parse("2025-09-01");
    public static final String APPLICANT = "A-1001";

    private WorkflowFixtures() {
    }

    /**
     * A Level 1 portfolio that meets the level with 10 activity points, all from presentation
     * {@code p1}: disallowing it makes the portfolio fall short. Without evidence for
     * {@code p1} ({@code presentationProven} false) it falls short until a reviewer sets its points.
     */
    public static Portfolio levelOne(boolean presentationProven) {
        return levelOne(presentationProven, APPLICANT);
    }

    /** {@link #levelOne(boolean)} of another applicant. */
    public static Portfolio levelOne(boolean presentationProven, String applicantId) {
        List<Claim> claims = List.of(
                new CollegeCourse("c1", "Introduction to Cataloging", "TECHNICAL_SERVICES", LocalDate.parse("2024-12-15"),
                        new BigDecimal("3"), CreditSystem.SEMESTER, true, List.of(EvidenceKind.TRANSCRIPT)),
                new LibraryEmployment("j1", "Library Assistant", LocalDate.parse("2022-01-01"), LocalDate.parse("2023-12-31"),
                        40, true, List.of(new AreaShare("PUBLIC_SERVICES", 100)), List.of(EvidenceKind.SUPERVISOR_LETTER)),
                new Workshop("w1", "Readers' advisory", "REFERENCE", LocalDate.parse("2025-03-01"), new BigDecimal("2"),
                        List.of(EvidenceKind.CERTIFICATE)),
                new Presentation("p1", "Our new makerspace", "TECHNOLOGY", LocalDate.parse("2025-05-01"),
                        presentationProven ? List.of(EvidenceKind.PROGRAM) : List.of()));
        return new Portfolio(new Applicant(applicantId, "Jane Doe", "jane.doe@example.org", "Memorial Hall Library"), 1,
                REGISTERED, null, List.of(), claims);
    }

    public static Registration registration() {
        return registration(APPLICANT);
    }

    /** Jane's Level 1 registration under another applicant id: an applicant has one open application per level. */
    public static Registration registration(String applicantId) {
        return new Registration(applicantId, "Jane Doe", "jane.doe@example.org", 1, REGISTERED);
    }

    public static FeePayment fee(WorkflowPolicy policy, LocalDate paidOn) {
        return new FeePayment(policy.applicationFee(), paidOn, "check 1041");
    }

    /** A clock the test moves by hand; starts at noon in Massachusetts on {@code day}. */
    public static final class TestClock extends Clock {
        private volatile Instant now;

        public TestClock(LocalDate day) {
            set(day);
        }

        public void set(LocalDate day) {
            now = day.atTime(12, 0).atZone(ParaEngine.PROGRAM_ZONE).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ParaEngine.PROGRAM_ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
