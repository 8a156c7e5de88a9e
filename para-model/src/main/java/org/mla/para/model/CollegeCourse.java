package org.mla.para.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.model.constraints.Between;
import org.mla.para.model.constraints.KnownArea;
import org.mla.para.model.constraints.NotAfterAssessmentDate;
import org.mla.para.model.constraints.Step;

/**
 * A college course, proven by a transcript.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CollegeCourse(
        @NotBlank String id,
        @NotBlank String title,
        @NotNull @KnownArea String area,
        @NotNull @NotAfterAssessmentDate LocalDate date,
        @NotNull @Step("0.5") @Between(min = "0.5", max = "12") BigDecimal credits,
        @NotNull CreditSystem creditSystem,
        @NotNull Boolean libraryRelated,
        @NotNull List<@NotNull EvidenceKind> evidence) implements Claim, SingleArea, Dated {

    public CollegeCourse {
        evidence = Lists.copyOf(evidence);
    }

    /**
     * A course with only its id and title, to complete with the {@code with...} methods:
     * {@code CollegeCourse.of("c1", "...").with...(...)}. Each returns a new claim; this one is left as it is.
     *
     * @param id    the claim's id, unique in its portfolio
     * @param title what the claim is, as the applicant writes it
     * @return the claim, its other fields not yet given
     */
    public static CollegeCourse of(String id, String title) {
        return new CollegeCourse(id, title, null, null, null, null, null, List.of());
    }

    /**
     * The same course in another area of expertise.
     *
     * @param area the area code, one of the rule edition's areas
     * @return a new claim
     */
    public CollegeCourse withArea(String area) {
        return new CollegeCourse(id, title, area, date, credits, creditSystem, libraryRelated, evidence);
    }

    /**
     * The same course on another day.
     *
     * @param date the day it took place
     * @return a new claim
     */
    public CollegeCourse withDate(LocalDate date) {
        return new CollegeCourse(id, title, area, date, credits, creditSystem, libraryRelated, evidence);
    }

    /**
     * The same course with other credits.
     *
     * @param credits      the credits, in steps of 0.5
     * @param creditSystem how the college counts them
     * @return a new claim
     */
    public CollegeCourse withCredits(BigDecimal credits, CreditSystem creditSystem) {
        return new CollegeCourse(id, title, area, date, credits, creditSystem, libraryRelated, evidence);
    }

    /**
     * The same course with other credits, written as a decimal ({@code "3"}, {@code "1.5"}).
     *
     * @param credits      the credits, in steps of 0.5
     * @param creditSystem how the college counts them
     * @return a new claim
     */
    public CollegeCourse withCredits(String credits, CreditSystem creditSystem) {
        return new CollegeCourse(id, title, area, date, new BigDecimal(credits), creditSystem, libraryRelated, evidence);
    }

    /**
     * The same course, said to be library-related or not.
     *
     * @param libraryRelated whether the course is about library work
     * @return a new claim
     */
    public CollegeCourse withLibraryRelated(boolean libraryRelated) {
        return new CollegeCourse(id, title, area, date, credits, creditSystem, libraryRelated, evidence);
    }

    /**
     * The same course with this documentation instead of what it had.
     *
     * @param evidence the documentation attached; none for a claim waiting for it
     * @return a new claim
     */
    public CollegeCourse withEvidence(EvidenceKind... evidence) {
        return new CollegeCourse(id, title, area, date, credits, creditSystem, libraryRelated, List.of(evidence));
    }

    @Override
    public ClaimType type() {
        return ClaimType.COLLEGE_COURSE;
    }
}
