package org.mla.para.engine;

import static org.mla.para.model.EvidenceKind.ATTENDANCE_FORM;
import static org.mla.para.model.EvidenceKind.CERTIFICATE;
import static org.mla.para.model.EvidenceKind.COPY;
import static org.mla.para.model.EvidenceKind.LETTER;
import static org.mla.para.model.EvidenceKind.MEMBERSHIP_RECORD;
import static org.mla.para.model.EvidenceKind.MINUTES;
import static org.mla.para.model.EvidenceKind.PROGRAM;
import static org.mla.para.model.EvidenceKind.SUPERVISOR_LETTER;
import static org.mla.para.model.EvidenceKind.TRANSCRIPT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mla.para.model.AreaShare;
import org.mla.para.model.Assessment;
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
import org.mla.para.model.Dated;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.HeldLevel;
import org.mla.para.model.LibraryEmployment;
import org.mla.para.model.Note;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Publication;
import org.mla.para.model.Requirement;
import org.mla.para.model.RequirementName;
import org.mla.para.model.SingleArea;
import org.mla.para.model.Source;
import org.mla.para.model.SpanClaim;
import org.mla.para.model.Workshop;

/**
 * The reference edition of {@code docs/reference-rules.md} in plain Java, straight from the
 * text: test code only. It is the second opinion of the differential test, and the physical
 * limit a benchmark compares the Drools engine with. It must never become a second source of
 * truth for the product: the rule files are.
 */
final class ReferenceScorer {

    private static final List<String> AREAS = List.of("PUBLIC_SERVICES", "REFERENCE", "TECHNICAL_SERVICES", "TECHNOLOGY",
            "ADMINISTRATION", "YOUTH_SERVICES", "GENERAL");
    private static final Map<ClaimType, Set<EvidenceKind>> ACCEPTED = Map.ofEntries(
            Map.entry(ClaimType.COLLEGE_COURSE, Set.of(TRANSCRIPT)),
            Map.entry(ClaimType.WORKSHOP, Set.of(CERTIFICATE, ATTENDANCE_FORM)),
            Map.entry(ClaimType.CEU, Set.of(CERTIFICATE)),
            Map.entry(ClaimType.CROSS_TRAINING, Set.of(SUPERVISOR_LETTER)),
            Map.entry(ClaimType.LIBRARY_EMPLOYMENT, Set.of(SUPERVISOR_LETTER)),
            Map.entry(ClaimType.MEMBERSHIP, Set.of(MEMBERSHIP_RECORD)),
            Map.entry(ClaimType.COMMITTEE, Set.of(LETTER, MINUTES)),
            Map.entry(ClaimType.PRESENTATION, Set.of(PROGRAM, LETTER)),
            Map.entry(ClaimType.PUBLICATION, Set.of(COPY)),
            Map.entry(ClaimType.CONFERENCE, Set.of(CERTIFICATE, PROGRAM)),
            Map.entry(ClaimType.AWARD, Set.of(CERTIFICATE, LETTER)));
    private static final int[][] LEVELS = { // total, education, experience, activities, areas, holding
        {100, 25, 20, 10, 2, 0}, {150, 40, 20, 20, 3, 1}, {200, 50, 20, 30, 4, 2}, {250, 60, 20, 40, 5, 3}};

    private ReferenceScorer() {
    }

    /** One claim on its way through the checks. */
    private static final class Scored {
        final Claim claim;
        final List<Note> notes = new ArrayList<>();
        boolean accepted;
        boolean outside;
        int points;
        int pending;
        boolean duplicate;

        Scored(Claim claim) {
            this.claim = claim;
        }

        boolean counting() {
            return accepted && !outside && !duplicate;
        }
    }

    static Assessment score(Portfolio portfolio, LocalDate asOf) {
        int target = portfolio.targetLevel();
        Map<Integer, LocalDate> held = new HashMap<>();
        for (HeldLevel level : portfolio.heldLevels()) {
            if (!level.awardedOn().isAfter(asOf)) {
                held.put(level.level(), level.awardedOn());
            }
        }
        LocalDate start = asOf.minusYears(target == 1 ? 10 : 5);
        LocalDate previous = held.get(target - 1);
        if (target > 1 && previous != null && previous.plusDays(1).isAfter(start)) {
            start = previous.plusDays(1);
        }

        List<Scored> scores = new ArrayList<>();
        for (Claim claim : portfolio.claims()) {
            Scored s = new Scored(claim);
            s.accepted = claim.evidence().stream().anyMatch(ACCEPTED.get(claim.type())::contains);
            if (!s.accepted) {
                s.notes.add(Note.NO_EVIDENCE);
            }
            long days = 0;
            if (claim instanceof Dated dated) {
                s.outside = dated.date().isBefore(start) || dated.date().isAfter(asOf);
            } else {
                SpanClaim span = (SpanClaim) claim;
                LocalDate from = span.start().isAfter(start) ? span.start() : start;
                LocalDate to = span.end() == null || span.end().isAfter(asOf) ? asOf : span.end();
                days = to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
                s.outside = days == 0;
            }
            if (s.outside) {
                s.notes.add(Note.OUTSIDE_WINDOW);
            }
            int formula = s.outside ? 0 : formula(claim, days, s);
            s.points = s.accepted ? formula : 0;
            s.pending = s.accepted ? 0 : formula;
            scores.add(s);
        }

        for (int i = 0; i < scores.size(); i++) {
            Scored s = scores.get(i);
            if (s.claim.type() != ClaimType.PRESENTATION || !s.counting()) {
                continue;
            }
            for (int j = 0; j < scores.size(); j++) {
                Scored other = scores.get(j);
                if (j != i && other.claim.type() == ClaimType.PRESENTATION && other.accepted && !other.outside
                        && other.claim.titleKey().equals(s.claim.titleKey())) {
                    LocalDate mine = ((Dated) s.claim).date();
                    LocalDate theirs = ((Dated) other.claim).date();
                    if (theirs.isBefore(mine) || theirs.equals(mine) && j < i) {
                        s.duplicate = true;
                    }
                }
            }
            if (s.duplicate) {
                s.points = 0;
                s.notes.add(Note.DUPLICATE);
            }
        }

        int crossTrainingLeft = 20;
        Map<String, Integer> membershipLeft = new HashMap<>();
        for (Scored s : scores) {
            if (!s.counting()) {
                continue;
            }
            if (s.claim.type() == ClaimType.CROSS_TRAINING) {
                crossTrainingLeft -= cap(s, crossTrainingLeft);
            } else if (s.claim.type() == ClaimType.MEMBERSHIP) {
                int left = membershipLeft.getOrDefault(s.claim.titleKey(), 10);
                membershipLeft.put(s.claim.titleKey(), left - cap(s, left));
            }
        }

        Map<Source, Integer> sources = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            sources.put(source, 0);
        }
        Map<String, Integer> areaTotals = new HashMap<>();
        List<ClaimAssessment> claims = new ArrayList<>();
        for (Scored s : scores) {
            Map<String, Integer> areas = new LinkedHashMap<>();
            if (s.claim instanceof LibraryEmployment job) {
                int rest = s.points;
                for (int k = 1; k < job.areas().size(); k++) {
                    rest -= s.points * job.areas().get(k).percent() / 100;
                }
                put(areas, job.areas().get(0).area(), rest);
                for (int k = 1; k < job.areas().size(); k++) {
                    AreaShare share = job.areas().get(k);
                    put(areas, share.area(), s.points * share.percent() / 100);
                }
            } else {
                put(areas, ((SingleArea) s.claim).area(), s.points);
            }
            Source source = source(s.claim.type());
            sources.merge(source, s.points, Integer::sum);
            areas.forEach((area, part) -> areaTotals.merge(area, part, Integer::sum));
            claims.add(new ClaimAssessment(s.claim.id(), s.points, s.pending, rule(s.claim.type()), source, areas, s.notes));
        }

        int[] level = LEVELS[target - 1];
        int experienceCounted = Math.min(sources.get(Source.EXPERIENCE), level[0] / 2);
        int total = sources.get(Source.EDUCATION) + sources.get(Source.PROFESSIONAL_ACTIVITIES) + experienceCounted;
        int highest = held.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        int covered = (int) areaTotals.values().stream().filter(points -> points >= 10).count();
        List<Requirement> requirements = List.of(
                new Requirement(RequirementName.PREREQUISITE, level[5],
                        highest, (level[5] == 0 || held.containsKey(level[5])) && highest < target),
                new Requirement(RequirementName.TOTAL, level[0], total, total >= level[0]),
                new Requirement(RequirementName.EDUCATION, level[1], sources.get(Source.EDUCATION),
                        sources.get(Source.EDUCATION) >= level[1]),
                new Requirement(RequirementName.EXPERIENCE, level[2], sources.get(Source.EXPERIENCE),
                        sources.get(Source.EXPERIENCE) >= level[2]),
                new Requirement(RequirementName.PROFESSIONAL_ACTIVITIES, level[3], sources.get(Source.PROFESSIONAL_ACTIVITIES),
                        sources.get(Source.PROFESSIONAL_ACTIVITIES) >= level[3]),
                new Requirement(RequirementName.AREAS, level[4], covered, covered >= level[4]));
        Map<String, Integer> areaPoints = new LinkedHashMap<>();
        for (String area : AREAS) {
            if (areaTotals.getOrDefault(area, 0) > 0) {
                areaPoints.put(area, areaTotals.get(area));
            }
        }
        return new Assessment(portfolio.applicant().id(), "reference", asOf, target,
                requirements.stream().allMatch(Requirement::met), total, sources, areaPoints, claims, requirements);
    }

    private static int formula(Claim claim, long days, Scored scored) {
        return switch (claim.type()) {
            case COLLEGE_COURSE -> {
                CollegeCourse c = (CollegeCourse) claim;
                yield floor(c.credits(), c.libraryRelated()
                        ? (c.creditSystem() == CreditSystem.SEMESTER ? 15 : 10)
                        : (c.creditSystem() == CreditSystem.SEMESTER ? 5 : 3));
            }
            case WORKSHOP -> floor(((Workshop) claim).hours(), 5);
            case CEU -> floor(((Ceu) claim).ceus(), 50);
            case CROSS_TRAINING -> ((CrossTraining) claim).hours();
            case LIBRARY_EMPLOYMENT -> {
                LibraryEmployment e = (LibraryEmployment) claim;
                yield (int) (days * Math.min(e.hoursPerWeek(), 40) * (e.paid() ? 20 : 10) / 14610);
            }
            case MEMBERSHIP -> years(days, scored) * 2;
            case COMMITTEE -> years(days, scored) * (((Committee) claim).role() == CommitteeRole.MEMBER ? 5 : 10);
            case PRESENTATION, AWARD -> 10;
            case PUBLICATION -> switch (((Publication) claim).kind()) {
                case ARTICLE -> 15;
                case BOOK_CHAPTER -> 20;
                case REVIEW -> 5;
                case NEWSLETTER -> 3;
            };
            case CONFERENCE -> 3 * ((Conference) claim).days();
        };
    }

    private static int years(long days, Scored scored) {
        int years = (int) (days / 365);
        if (years == 0) {
            scored.notes.add(Note.SHORT_SERVICE);
        }
        return years;
    }

    /** Takes what is left of a cap; returns what the claim keeps. */
    private static int cap(Scored scored, int left) {
        if (scored.points > left) {
            scored.points = Math.max(0, left);
            scored.notes.add(Note.CAPPED);
        }
        return scored.points;
    }

    private static int floor(BigDecimal quantity, int rate) {
        return quantity.multiply(BigDecimal.valueOf(rate)).setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    private static void put(Map<String, Integer> areas, String area, int points) {
        if (points > 0) {
            areas.merge(area, points, Integer::sum);
        }
    }

    private static Source source(ClaimType type) {
        return switch (type) {
            case COLLEGE_COURSE, WORKSHOP, CEU, CROSS_TRAINING -> Source.EDUCATION;
            case LIBRARY_EMPLOYMENT -> Source.EXPERIENCE;
            default -> Source.PROFESSIONAL_ACTIVITIES;
        };
    }

    private static String rule(ClaimType type) {
        return switch (type) {
            case COLLEGE_COURSE -> "EDU-COLLEGE-COURSE";
            case WORKSHOP -> "EDU-WORKSHOP";
            case CEU -> "EDU-CEU";
            case CROSS_TRAINING -> "EDU-CROSS-TRAINING";
            case LIBRARY_EMPLOYMENT -> "EXP-LIBRARY-EMPLOYMENT";
            case MEMBERSHIP -> "PA-MEMBERSHIP";
            case COMMITTEE -> "PA-COMMITTEE";
            case PRESENTATION -> "PA-PRESENTATION";
            case PUBLICATION -> "PA-PUBLICATION";
            case CONFERENCE -> "PA-CONFERENCE";
            case AWARD -> "PA-AWARD";
        };
    }
}
