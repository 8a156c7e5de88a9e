package org.mla.para.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.model.constraints.Between;
import org.mla.para.model.constraints.EndNotBeforeStart;
import org.mla.para.model.constraints.NotAfterAssessmentDate;
import org.mla.para.model.constraints.AreaSplit;

/**
 * A paid or volunteer library job, whose points are split over the areas it covers.
 */
@API(status = API.Status.STABLE, since = "0.1")
@EndNotBeforeStart
public record LibraryEmployment(
        @NotBlank String id,
        @NotBlank String title,
        @NotNull @NotAfterAssessmentDate LocalDate start,
        @NotAfterAssessmentDate LocalDate end,
        @NotNull @Between(min = "1", max = "80") Integer hoursPerWeek,
        @NotNull Boolean paid,
        @NotNull @AreaSplit @NotEmpty List<@NotNull @Valid AreaShare> areas,
        @NotNull List<@NotNull EvidenceKind> evidence) implements Claim, SpanClaim {

    public LibraryEmployment {
        areas = Lists.copyOf(areas);
        evidence = Lists.copyOf(evidence);
    }

    /**
     * A job with only its id and title, to complete with the {@code with...} methods:
     * {@code LibraryEmployment.of("c1", "...").with...(...)}. Each returns a new claim; this one is left as it is.
     *
     * @param id    the claim's id, unique in its portfolio
     * @param title what the claim is, as the applicant writes it
     * @return the claim, its other fields not yet given
     */
    public static LibraryEmployment of(String id, String title) {
        return new LibraryEmployment(id, title, null, null, null, null, List.of(), List.of());
    }

    /**
     * The same job from another first day.
     *
     * @param start the first day
     * @return a new claim
     */
    public LibraryEmployment withStart(LocalDate start) {
        return new LibraryEmployment(id, title, start, end, hoursPerWeek, paid, areas, evidence);
    }

    /**
     * The same job until another last day.
     *
     * @param end the last day; {@code null} while it goes on
     * @return a new claim
     */
    public LibraryEmployment withEnd(LocalDate end) {
        return new LibraryEmployment(id, title, start, end, hoursPerWeek, paid, areas, evidence);
    }

    /**
     * The same job with other weekly hours.
     *
     * @param hoursPerWeek the hours worked in a week
     * @return a new claim
     */
    public LibraryEmployment withHoursPerWeek(int hoursPerWeek) {
        return new LibraryEmployment(id, title, start, end, hoursPerWeek, paid, areas, evidence);
    }

    /**
     * The same job, paid or volunteer.
     *
     * @param paid {@code true} for a paid job, {@code false} for volunteer work
     * @return a new claim
     */
    public LibraryEmployment withPaid(boolean paid) {
        return new LibraryEmployment(id, title, start, end, hoursPerWeek, paid, areas, evidence);
    }

    /**
     * The same job with one more area it covers, after those it has.
     *
     * @param area    the area code, one of the rule edition's areas
     * @param percent the whole percentage of the job spent in it
     * @return a new claim
     */
    public LibraryEmployment withArea(String area, int percent) {
        return new LibraryEmployment(id, title, start, end, hoursPerWeek, paid, plus(areas, new AreaShare(area, percent)), evidence);
    }

    /**
     * The same job with this documentation instead of what it had.
     *
     * @param evidence the documentation attached; none for a claim waiting for it
     * @return a new claim
     */
    public LibraryEmployment withEvidence(EvidenceKind... evidence) {
        return new LibraryEmployment(id, title, start, end, hoursPerWeek, paid, areas, List.of(evidence));
    }

    @Override
    public ClaimType type() {
        return ClaimType.LIBRARY_EMPLOYMENT;
    }

    private static List<AreaShare> plus(List<AreaShare> areas, AreaShare area) {
        List<AreaShare> more = new java.util.ArrayList<>(areas == null ? List.of() : areas);
        more.add(area);
        return more;
    }
}
