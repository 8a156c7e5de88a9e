package org.mla.para.engine;

import static org.mla.para.model.EvidenceKind.CERTIFICATE;
import static org.mla.para.model.EvidenceKind.COPY;
import static org.mla.para.model.EvidenceKind.LETTER;
import static org.mla.para.model.EvidenceKind.MEMBERSHIP_RECORD;
import static org.mla.para.model.EvidenceKind.PROGRAM;
import static org.mla.para.model.EvidenceKind.SUPERVISOR_LETTER;
import static org.mla.para.model.EvidenceKind.TRANSCRIPT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mla.para.model.Applicant;
import org.mla.para.model.AreaShare;
import org.mla.para.model.Assessment;
import org.mla.para.model.Award;
import org.mla.para.model.Ceu;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.CollegeCourse;
import org.mla.para.model.Committee;
import org.mla.para.model.CommitteeRole;
import org.mla.para.model.Conference;
import org.mla.para.model.CreditSystem;
import org.mla.para.model.CrossTraining;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.HeldLevel;
import org.mla.para.model.LibraryEmployment;
import org.mla.para.model.Membership;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Presentation;
import org.mla.para.model.Publication;
import org.mla.para.model.PublicationKind;
import org.mla.para.model.Workshop;

/** Portfolios and claims for tests: every claim carries accepted evidence unless a test says otherwise. */
final class Fixtures {

    /** One engine for all tests of a JVM: compiling the rules is the slow part. */
    static final ParaEngine ENGINE = ParaEngine.bundled();

    static final LocalDate AS_OF = LocalDate.of(2026, 2, 20);
    static final LocalDate REGISTERED = LocalDate.of(2025, 9, 1);

    private Fixtures() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static PortfolioBuilder level(int targetLevel) {
        return new PortfolioBuilder(targetLevel);
    }

    static final class PortfolioBuilder {
        private final int targetLevel;
        private LocalDate submittedOn = AS_OF;
        private LocalDate registeredOn = REGISTERED;
        private final List<HeldLevel> held = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();

        private PortfolioBuilder(int targetLevel) {
            this.targetLevel = targetLevel;
        }

        PortfolioBuilder submittedOn(String date) {
            submittedOn = day(date);
            return this;
        }

        PortfolioBuilder registeredOn(String date) {
            registeredOn = day(date);
            return this;
        }

        PortfolioBuilder holding(int level, String awardedOn) {
            held.add(new HeldLevel(level, day(awardedOn)));
            return this;
        }

        PortfolioBuilder with(Claim... more) {
            claims.addAll(Arrays.asList(more));
            return this;
        }

        Portfolio portfolio() {
            return new Portfolio(new Applicant("A-1", "Test Applicant", "test@example.org", "Test Library"),
                    targetLevel, registeredOn, submittedOn, held, claims);
        }

        Assessment assess() {
            return ENGINE.assess(portfolio(), AS_OF);
        }

        ClaimAssessment assess(String claimId) {
            return assess().claim(claimId).orElseThrow();
        }
    }

    static List<EvidenceKind> evidence(EvidenceKind... kinds) {
        return List.of(kinds);
    }

    static CollegeCourse course(String id, String credits, CreditSystem system, boolean libraryRelated) {
        return new CollegeCourse(id, "Course " + id, "REFERENCE", day("2024-12-15"), new BigDecimal(credits), system,
                libraryRelated, evidence(TRANSCRIPT));
    }

    static Workshop workshop(String id, String hours) {
        return workshop(id, hours, "2025-01-10", "REFERENCE", CERTIFICATE);
    }

    static Workshop workshop(String id, String hours, String date, String area, EvidenceKind... evidence) {
        return new Workshop(id, "Workshop " + id, area, day(date), new BigDecimal(hours), evidence(evidence));
    }

    static Ceu ceu(String id, String ceus) {
        return new Ceu(id, "CEU course " + id, "TECHNOLOGY", day("2025-03-01"), new BigDecimal(ceus), evidence(CERTIFICATE));
    }

    static CrossTraining crossTraining(String id, int hours, String area, EvidenceKind... evidence) {
        return new CrossTraining(id, "Cross-training " + id, area, day("2024-06-01"), hours, evidence(evidence));
    }

    static CrossTraining crossTraining(String id, int hours) {
        return crossTraining(id, hours, "PUBLIC_SERVICES", SUPERVISOR_LETTER);
    }

    static LibraryEmployment job(String id, String start, String end, int hoursPerWeek, boolean paid, AreaShare... areas) {
        return new LibraryEmployment(id, "Job " + id, day(start), end == null ? null : day(end), hoursPerWeek, paid,
                List.of(areas), evidence(SUPERVISOR_LETTER));
    }

    static AreaShare share(String area, int percent) {
        return new AreaShare(area, percent);
    }

    static Membership membership(String id, String organization, String start, String end) {
        return new Membership(id, organization, "GENERAL", day(start), end == null ? null : day(end), evidence(MEMBERSHIP_RECORD));
    }

    static Committee committee(String id, CommitteeRole role, String start, String end) {
        return new Committee(id, "Committee " + id, "ADMINISTRATION", day(start), end == null ? null : day(end), role,
                evidence(LETTER));
    }

    static Presentation presentation(String id, String title, String date, EvidenceKind... evidence) {
        return new Presentation(id, title, "TECHNOLOGY", day(date), evidence(evidence));
    }

    static Presentation presentation(String id, String title, String date) {
        return presentation(id, title, date, PROGRAM);
    }

    static Publication publication(String id, PublicationKind kind) {
        return new Publication(id, "Publication " + id, "TECHNICAL_SERVICES", day("2025-06-01"), kind, evidence(COPY));
    }

    static Conference conference(String id, String firstDay, int days) {
        return new Conference(id, "Conference " + id, "GENERAL", day(firstDay), days, evidence(PROGRAM));
    }

    static Award award(String id) {
        return new Award(id, "Award " + id, "GENERAL", day("2025-05-20"), evidence(CERTIFICATE));
    }
}
