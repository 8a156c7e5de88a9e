package org.mla.para.engine.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mla.para.engine.Edition;
import org.mla.para.model.Applicant;
import org.mla.para.model.AreaShare;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimType;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.HeldLevel;
import org.mla.para.model.Portfolio;
import org.mla.para.model.constraints.Between;

/**
 * A corpus of valid portfolios for checking an edition's rules before an applicant meets them:
 * every claim type, every level, dates on both sides of every year boundary back from the
 * assessment date (where windows end), the smallest and largest values the format accepts,
 * with and without evidence, previous awards recent and old, and runs of one claim type under
 * one title (where caps and duplicates bite). Built from the model alone, by reflection, so it
 * knows no policy number: what the rules make of these portfolios is what is checked.
 */
public final class CheckCorpus {

    /** How many years back from the assessment date claims are dated: beyond any window a Guideline sets. */
    private static final int YEARS_BACK = 12;
    /** Claims of one type in a portfolio that probes caps and duplicates. */
    private static final int RUN = 6;

    private CheckCorpus() {
    }

    /** One generated portfolio, with a short description of what it probes. */
    public record Sample(String name, Portfolio portfolio) {
    }

    /** The corpus for {@code edition}: registered the day it takes effect, assessed that day. */
    public static List<Sample> of(Edition edition) {
        LocalDate asOf = edition.effectiveFrom();
        List<String> areas = edition.areaCodes();
        List<Integer> levels = levels();
        List<Sample> samples = new ArrayList<>();
        for (int level : levels) {
            for (int awardedYearsAgo : level == levels.get(0) ? List.of(0) : List.of(1, YEARS_BACK - 1)) {
                List<HeldLevel> held = new ArrayList<>();
                for (int below : levels) {
                    if (below < level) {
                        held.add(new HeldLevel(below, asOf.minusYears(awardedYearsAgo + level - below)));
                    }
                }
                for (int years = 0; years <= YEARS_BACK; years++) {
                    for (int edge = 0; edge <= 1; edge++) {
                        LocalDate date = asOf.minusYears(years).plusDays(edge);
                        if (date.isAfter(asOf)) {
                            continue;
                        }
                        boolean high = ((years + edge) & 1) == 0; // smallest and largest values alternate
                        boolean evidence = edge == 0 || (years & 1) == 0;
                        List<Claim> claims = new ArrayList<>();
                        for (ClaimType type : ClaimType.values()) {
                            claims.add(claim(type, "c" + claims.size(), "Generated " + type, areas, claims.size(), date,
                                    asOf, high, evidence));
                        }
                        samples.add(new Sample("level " + level + ", every claim type dated " + date
                                + (held.isEmpty() ? "" : ", previous award " + held.get(held.size() - 1).awardedOn())
                                + (evidence ? "" : ", no evidence"), portfolio(level, asOf, held, claims)));
                    }
                }
            }
            for (ClaimType type : ClaimType.values()) {
                List<Claim> claims = new ArrayList<>();
                for (int i = 0; i < RUN; i++) {
                    claims.add(claim(type, "c" + i, "Same title", areas, i, asOf.minusMonths(i), asOf, (i & 1) == 0, true));
                }
                List<HeldLevel> held = new ArrayList<>();
                levels.stream().filter(below -> below < level).forEach(below -> held.add(new HeldLevel(below, asOf.minusYears(level - below))));
                samples.add(new Sample("level " + level + ", " + RUN + " " + type + " claims under one title",
                        portfolio(level, asOf, held, claims)));
            }
        }
        return samples;
    }

    /** The same portfolio with only its claim {@code index}: the smallest portfolio that may still show a problem. */
    public static Sample only(Sample sample, int index) {
        Claim claim = sample.portfolio().claims().get(index);
        return new Sample(sample.name() + ", claim " + claim.id() + " alone", sample.portfolio().withClaims(List.of(claim)));
    }

    private static Portfolio portfolio(int level, LocalDate asOf, List<HeldLevel> held, List<Claim> claims) {
        return new Portfolio(new Applicant("CHECK", "Generated Applicant", null, null), level, asOf, asOf, held, claims);
    }

    /** The levels the format accepts. */
    private static List<Integer> levels() {
        Between between = Arrays.stream(Portfolio.class.getRecordComponents()).filter(c -> c.getName().equals("targetLevel"))
                .map(CheckCorpus::between).findFirst().orElseThrow(() -> new IllegalStateException("Portfolio.targetLevel has no @Between"));
        List<Integer> levels = new ArrayList<>();
        for (int level = Integer.parseInt(between.min()); level <= Integer.parseInt(between.max()); level++) {
            levels.add(level);
        }
        return levels;
    }

    /** A claim of {@code type} built from its record's components: the smallest or largest accepted values. */
    private static Claim claim(ClaimType type, String id, String title, List<String> areas, int index, LocalDate date,
            LocalDate asOf, boolean high, boolean evidence) {
        Class<? extends Claim> record = type.recordType();
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            values[i] = value(component, id, title, areas, index, date, asOf, high, evidence);
        }
        try {
            Constructor<? extends Claim> constructor = record.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + type + " claim", e);
        }
    }

    private static Object value(RecordComponent component, String id, String title, List<String> areas, int index,
            LocalDate date, LocalDate asOf, boolean high, boolean evidence) {
        Class<?> type = component.getType();
        String name = component.getName();
        Between between = between(component);
        if (type == String.class) {
            return switch (name) {
                case "id" -> id;
                case "area" -> areas.get(index % areas.size());
                default -> title;
            };
        }
        if (type == LocalDate.class) {
            return name.equals("end") ? (high ? null : asOf) : date;
        }
        if (type == Boolean.class || type == boolean.class) {
            return high;
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[(index + (high ? 1 : 0)) % constants.length];
        }
        if (between != null && (type == Integer.class || type == int.class)) {
            return Integer.valueOf(high ? between.max() : between.min());
        }
        if (between != null && type == BigDecimal.class) {
            return new BigDecimal(high ? between.max() : between.min());
        }
        if (List.class.isAssignableFrom(type) && component.getGenericType() instanceof ParameterizedType list) {
            Object element = list.getActualTypeArguments()[0];
            if (element == EvidenceKind.class) {
                return evidence ? List.of(EvidenceKind.values()) : List.of();
            }
            if (element == AreaShare.class) {
                return split(areas, index, high);
            }
        }
        throw new IllegalStateException("the check corpus cannot fill " + component.getDeclaringRecord().getSimpleName() + "."
                + name + " (" + component.getGenericType() + "): teach CheckCorpus that field");
    }

    /** All of the points in one area, or the smallest share in one and the rest in the next. */
    private static List<AreaShare> split(List<String> areas, int index, boolean whole) {
        try {
            Between percent = Arrays.stream(AreaShare.class.getRecordComponents()).filter(c -> c.getName().equals("percent"))
                    .map(CheckCorpus::between).findFirst().orElseThrow();
            int all = Integer.parseInt(percent.max());
            int least = Integer.parseInt(percent.min());
            String first = areas.get(index % areas.size());
            String second = areas.get((index + 1) % areas.size());
            return whole || first.equals(second) ? List.of(new AreaShare(first, all))
                    : List.of(new AreaShare(first, least), new AreaShare(second, all - least));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read the area split the format accepts", e);
        }
    }

    /** A component's {@code @Between}: annotations of record components reach their accessor and their field. */
    private static Between between(RecordComponent component) {
        Between on = component.getAccessor().getAnnotation(Between.class);
        if (on != null) {
            return on;
        }
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(Between.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
