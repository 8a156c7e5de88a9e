package org.example.membership;

import java.time.LocalDate;
import org.mla.para.engine.ParaEngine;
import org.mla.para.model.Applicant;
import org.mla.para.model.Assessment;
import org.mla.para.model.CollegeCourse;
import org.mla.para.model.CreditSystem;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.LibraryEmployment;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Presentation;
import org.mla.para.model.Workshop;

/** A membership system's use of PARA: a member's records as a portfolio, and its assessment. */
public final class Eligibility {

    private static final ParaEngine ENGINE = ParaEngine.bundled();

    private Eligibility() {
    }

    public static Portfolio portfolioOfAnaSilva() {
        return Portfolio.of(Applicant.of("M-20417", "Ana Silva").withLibrary("Lowell City Library"), 1, LocalDate.of(2025, 10, 1))
                .withClaims(
                        CollegeCourse.of("course-1", "LIB 101 Introduction to Library Services").withArea("PUBLIC_SERVICES")
                                .withDate(LocalDate.of(2024, 12, 15)).withCredits("3", CreditSystem.SEMESTER)
                                .withLibraryRelated(true).withEvidence(EvidenceKind.TRANSCRIPT),
                        Workshop.of("mls-2025-04", "Readers' Advisory Basics").withArea("REFERENCE")
                                .withDate(LocalDate.of(2025, 4, 10)).withHours("2.5").withEvidence(EvidenceKind.CERTIFICATE),
                        LibraryEmployment.of("job-1", "Library Assistant").withStart(LocalDate.of(2020, 9, 1))
                                .withHoursPerWeek(30).withPaid(true).withArea("PUBLIC_SERVICES", 80).withArea("TECHNOLOGY", 20)
                                .withEvidence(EvidenceKind.SUPERVISOR_LETTER),
                        Presentation.of("talk-1", "Tech Help Drop-in").withArea("TECHNOLOGY")
                                .withDate(LocalDate.of(2025, 10, 8)).withEvidence(EvidenceKind.PROGRAM));
    }

    public static Assessment assess(Portfolio portfolio, LocalDate today) {
        return ENGINE.assess(portfolio, today);
    }
}
