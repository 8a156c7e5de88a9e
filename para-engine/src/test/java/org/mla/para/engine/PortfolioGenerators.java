package org.mla.para.engine;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mla.para.model.Applicant;
import org.mla.para.model.AreaShare;
import org.mla.para.model.Award;
import org.mla.para.model.Ceu;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimType;
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
import org.quicktheories.core.Gen;

/**
 * Generators of valid portfolios for property tests. Titles come from a small pool so that
 * duplicate presentations and shared organizations (the caps) happen often; evidence is
 * random, so claims without accepted evidence happen often too.
 */
final class PortfolioGenerators {

    static final LocalDate AS_OF = LocalDate.of(2026, 2, 20);
    private static final List<String> AREAS = List.of("PUBLIC_SERVICES", "REFERENCE", "TECHNICAL_SERVICES", "TECHNOLOGY",
            "ADMINISTRATION", "YOUTH_SERVICES", "GENERAL");
    private static final List<String> TITLES = List.of("MLA", "mla", " Massachusetts  Library Association", "NELA",
            "Weeding Without Tears", "weeding without tears ", "Storytime", "Cross-training");
    private static final int FIFTEEN_YEARS = 15 * 366;

    private PortfolioGenerators() {
    }

    /** A valid portfolio: target level 1-4, 1-14 claims of every type, held levels below the target or not. */
    static Gen<Portfolio> portfolios() {
        return integers().between(1, 4).zip(heldLevels(), claims(1, 14), (target, held, claims) ->
                new Portfolio(new Applicant("A-1", "Generated Applicant", null, null), target, LocalDate.of(2025, 9, 1),
                        AS_OF, held, claims));
    }

    /** Claims with ids c0, c1, ... */
    static Gen<List<Claim>> claims(int min, int max) {
        return lists().of(claim()).ofSizeBetween(min, max).map(makers -> {
            List<Claim> claims = new ArrayList<>();
            for (int i = 0; i < makers.size(); i++) {
                claims.add(makers.get(i).apply("c" + i));
            }
            return claims;
        });
    }

    /** One claim of a random type, waiting for its id. */
    static Gen<Function<String, Claim>> claim() {
        return in -> {
            ClaimType type = arbitrary().enumValues(ClaimType.class).generate(in);
            String title = arbitrary().pick(TITLES).generate(in);
            String area = arbitrary().pick(AREAS).generate(in);
            LocalDate date = pastDate().generate(in);
            List<EvidenceKind> evidence = lists().of(arbitrary().enumValues(EvidenceKind.class)).ofSizeBetween(0, 2).generate(in);
            LocalDate start = pastDate().generate(in);
            LocalDate end = booleans().all().generate(in) ? null : start.plusDays(integers().between(0, 4000).generate(in));
            LocalDate spanEnd = end != null && end.isAfter(AS_OF) ? AS_OF : end;
            return switch (type) {
                case COLLEGE_COURSE -> id -> new CollegeCourse(id, title, area, date, steps(1, 24, "0.5").generate(in),
                        arbitrary().enumValues(CreditSystem.class).generate(in), booleans().all().generate(in), evidence);
                case WORKSHOP -> id -> new Workshop(id, title, area, date, steps(2, 80, "0.5").generate(in), evidence);
                case CEU -> id -> new Ceu(id, title, area, date, steps(1, 100, "0.1").generate(in), evidence);
                case CROSS_TRAINING -> id -> new CrossTraining(id, title, area, date, integers().between(1, 200).generate(in), evidence);
                case LIBRARY_EMPLOYMENT -> id -> new LibraryEmployment(id, title, start, spanEnd,
                        integers().between(1, 80).generate(in), booleans().all().generate(in), split().generate(in), evidence);
                case MEMBERSHIP -> id -> new Membership(id, title, area, start, spanEnd, evidence);
                case COMMITTEE -> id -> new Committee(id, title, area, start, spanEnd,
                        arbitrary().enumValues(CommitteeRole.class).generate(in), evidence);
                case PRESENTATION -> id -> new Presentation(id, title, area, date, evidence);
                case PUBLICATION -> id -> new Publication(id, title, area, date,
                        arbitrary().enumValues(PublicationKind.class).generate(in), evidence);
                case CONFERENCE -> id -> new Conference(id, title, area, date, integers().between(1, 5).generate(in), evidence);
                case AWARD -> id -> new Award(id, title, area, date, evidence);
            };
        };
    }

    /** Levels 1-3 each held or not, awarded at a random past date (sometimes after the assessment date). */
    static Gen<List<HeldLevel>> heldLevels() {
        return in -> {
            List<HeldLevel> held = new ArrayList<>();
            for (int level = 1; level <= 3; level++) {
                if (booleans().all().generate(in)) {
                    held.add(new HeldLevel(level, AS_OF.minusDays(integers().between(-30, FIFTEEN_YEARS).generate(in))));
                }
            }
            return held;
        };
    }

    private static Gen<LocalDate> pastDate() {
        return integers().between(0, FIFTEEN_YEARS).map(AS_OF::minusDays);
    }

    /** Multiples of {@code step}, from min to max steps. */
    private static Gen<BigDecimal> steps(int min, int max, String step) {
        return integers().between(min, max).map(n -> new BigDecimal(step).multiply(BigDecimal.valueOf(n)));
    }

    /** 1-3 distinct areas with whole percentages adding up to 100. */
    private static Gen<List<AreaShare>> split() {
        return in -> {
            int parts = integers().between(1, 3).generate(in);
            List<String> pool = new ArrayList<>(AREAS);
            List<AreaShare> shares = new ArrayList<>();
            int left = 100;
            for (int i = 0; i < parts; i++) {
                String area = pool.remove((int) integers().between(0, pool.size() - 1).generate(in));
                int percent = i == parts - 1 ? left : integers().between(1, left - (parts - 1 - i)).generate(in);
                shares.add(new AreaShare(area, percent));
                left -= percent;
            }
            return shares;
        };
    }
}
