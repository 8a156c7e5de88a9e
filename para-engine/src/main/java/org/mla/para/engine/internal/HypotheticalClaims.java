package org.mla.para.engine.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.mla.para.model.AreaShare;
import org.mla.para.model.Award;
import org.mla.para.model.Ceu;
import org.mla.para.model.Claim;
import org.mla.para.model.CollegeCourse;
import org.mla.para.model.Committee;
import org.mla.para.model.CommitteeRole;
import org.mla.para.model.Conference;
import org.mla.para.model.CreditSystem;
import org.mla.para.model.CrossTraining;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.LibraryEmployment;
import org.mla.para.model.Membership;
import org.mla.para.model.Presentation;
import org.mla.para.model.Publication;
import org.mla.para.model.PublicationKind;
import org.mla.para.model.Workshop;
import org.mla.para.model.constraints.Between;
import org.mla.para.model.constraints.Step;

/**
 * The kinds of thing an applicant can still do, each with a quantity to search over: workshop
 * hours, credits, presentations, days of service... Quantities and their steps come from the
 * model's own constraints (the portfolio format), never from the rules: what each addition
 * earns is found by assessing it.
 */
final class HypotheticalClaims {

    /** How many presentations, articles or awards a plan may suggest at most: a search bound. */
    private static final int MOST_OF_A_KIND = 10;

    /** What to make and how to say it, for a quantity in whole steps. */
    record Kind(String name, int min, int max, Make make, IntFunction<String> amount) {

        List<Claim> make(int quantity, String area, LocalDate asOf, String id, List<EvidenceKind> evidence) {
            return make.make(quantity, area, asOf, id, evidence);
        }

        /**
         * What to do, for a person, never in the past: a span of service is described as starting on
         * {@code asOf} and says the day it would count from (the rules value it by its length, which
         * the hypothetical claim, ending on {@code asOf}, has).
         */
        String describe(int quantity, String area, LocalDate asOf) {
            return amount.apply(quantity).replace("{length}", length(quantity))
                    .replace("{counts}", asOf.plusDays(quantity - 1L).toString()).replace("{area}", area);
        }
    }

    interface Make {
        List<Claim> make(int quantity, String area, LocalDate asOf, String id, List<EvidenceKind> evidence);
    }

    private HypotheticalClaims() {
    }

    /** Every kind, cheapest to do first as a rule of thumb: a workshop before a degree course. */
    static List<Kind> kinds(LocalDate asOf) {
        int longestSpan = (int) ChronoUnit.DAYS.between(LocalDate.EPOCH, asOf);
        List<Kind> kinds = new ArrayList<>();
        Decimal hours = Decimal.of(Workshop.class, "hours");
        kinds.add(new Kind("workshop", hours.min(), hours.max(),
                (q, area, day, id, ev) -> List.of(new Workshop(id, "Planned workshop", area, day, hours.value(q), ev)),
                q -> hours.text(q) + (hours.value(q).compareTo(java.math.BigDecimal.ONE) == 0 ? " workshop hour" : " workshop hours") + " in {area}"));
        Decimal ceus = Decimal.of(Ceu.class, "ceus");
        kinds.add(new Kind("ceu", ceus.min(), ceus.max(),
                (q, area, day, id, ev) -> List.of(new Ceu(id, "Planned CEU course", area, day, ceus.value(q), ev)),
                q -> ceus.text(q) + " CEU in {area}"));
        Decimal credits = Decimal.of(CollegeCourse.class, "credits");
        kinds.add(new Kind("college course", credits.min(), credits.max(),
                (q, area, day, id, ev) -> List.of(new CollegeCourse(id, "Planned library-related course", area, day,
                        credits.value(q), CreditSystem.SEMESTER, true, ev)),
                q -> credits.text(q) + " library-related semester credit" + (credits.value(q).compareTo(java.math.BigDecimal.ONE) > 0 ? "s" : "")
                        + " in {area}"));
        kinds.add(new Kind("cross-training", bound(CrossTraining.class, "hours").min(), bound(CrossTraining.class, "hours").max(),
                (q, area, day, id, ev) -> List.of(new CrossTraining(id, "Planned cross-training", area, day, q, ev)),
                q -> q + (q == 1 ? " hour" : " hours") + " of cross-training in {area}"));
        kinds.add(new Kind("presentation", 1, MOST_OF_A_KIND,
                (q, area, day, id, ev) -> times(q, i -> new Presentation(id + "-" + i, "Planned presentation " + i, area, day, ev)),
                q -> q + (q == 1 ? " presentation" : " presentations") + " in {area}"));
        kinds.add(new Kind("article", 1, MOST_OF_A_KIND,
                (q, area, day, id, ev) -> times(q, i -> new Publication(id + "-" + i, "Planned article " + i, area, day,
                        PublicationKind.ARTICLE, ev)),
                q -> q + (q == 1 ? " published article" : " published articles") + " in {area}"));
        kinds.add(new Kind("conference", bound(Conference.class, "days").min(), bound(Conference.class, "days").max(),
                (q, area, day, id, ev) -> List.of(new Conference(id, "Planned conference", area, day, q, ev)),
                q -> "a conference of " + q + (q == 1 ? " day" : " days") + " in {area}"));
        kinds.add(new Kind("committee", 1, longestSpan,
                (q, area, day, id, ev) -> List.of(new Committee(id, "Planned committee service", area, startOfSpan(day, q), day,
                        CommitteeRole.MEMBER, ev)),
                q -> "serve on a committee in {area} for {length}, starting today (it counts once served, from {counts})"));
        kinds.add(new Kind("membership", 1, longestSpan,
                (q, area, day, id, ev) -> List.of(new Membership(id, "Planned professional organization", area,
                        startOfSpan(day, q), day, ev)),
                q -> "join a professional organization in {area} for {length}, starting today (it counts once a member that long, from {counts})"));
        int mostHours = bound(LibraryEmployment.class, "hoursPerWeek").max();
        kinds.add(new Kind("employment", 1, longestSpan,
                (q, area, day, id, ev) -> List.of(new LibraryEmployment(id, "Planned library work", startOfSpan(day, q), day,
                        mostHours, true, List.of(new AreaShare(area, Math.toIntExact(bound(AreaShare.class, "percent").max()))), ev)),
                q -> "full-time paid library work in {area} for {length}, starting today (it counts once worked, from {counts})"));
        kinds.add(new Kind("award", 1, MOST_OF_A_KIND,
                (q, area, day, id, ev) -> times(q, i -> new Award(id + "-" + i, "Planned award " + i, area, day, ev)),
                q -> q + (q == 1 ? " award" : " awards") + " in {area}"));
        return kinds;
    }

    /** "1 year", "2 years", "400 days": a span's length as a person says it. */
    private static String length(int days) {
        int yearDays = (int) ChronoUnit.DAYS.between(LocalDate.EPOCH, LocalDate.EPOCH.plusYears(1));
        if (days % yearDays == 0) {
            int years = days / yearDays;
            return years + (years == 1 ? " year" : " years");
        }
        return days + (days == 1 ? " day" : " days");
    }

    /** The first day of a span of {@code days} days ending on {@code end}. */
    private static LocalDate startOfSpan(LocalDate end, int days) {
        return end.minusDays(days - 1L);
    }

    private static List<Claim> times(int count, IntFunction<Claim> claim) {
        List<Claim> claims = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            claims.add(claim.apply(i));
        }
        return claims;
    }

    /** The {@link Between} bounds of a whole-number field. */
    private static Range bound(Class<?> type, String field) {
        Between between = annotation(type, field, Between.class);
        return new Range(Integer.parseInt(between.min()), Integer.parseInt(between.max()));
    }

    private record Range(int min, int max) {
    }

    /** A decimal field counted in whole steps: {@code hours} 1..40 by 0.5 is steps 2..80. */
    private record Decimal(BigDecimal step, int min, int max) {

        static Decimal of(Class<?> type, String field) {
            BigDecimal step = new BigDecimal(annotation(type, field, Step.class).value());
            Between between = annotation(type, field, Between.class);
            return new Decimal(step, new BigDecimal(between.min()).divide(step).intValueExact(),
                    new BigDecimal(between.max()).divide(step).intValueExact());
        }

        BigDecimal value(int steps) {
            return step.multiply(BigDecimal.valueOf(steps));
        }

        String text(int steps) {
            return value(steps).stripTrailingZeros().toPlainString();
        }
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(Class<?> type, String field, Class<A> annotation) {
        try {
            A found = type.getDeclaredField(field).getAnnotation(annotation);
            if (found == null) {
                throw new IllegalStateException(type.getSimpleName() + "." + field + " has no @" + annotation.getSimpleName());
            }
            return found;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
