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
 * A workshop or webinar, counted in contact hours.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Workshop(
        @NotBlank String id,
        @NotBlank String title,
        @NotNull @KnownArea String area,
        @NotNull @NotAfterAssessmentDate LocalDate date,
        @NotNull @Step("0.5") @Between(min = "1", max = "40") BigDecimal hours,
        @NotNull List<@NotNull EvidenceKind> evidence) implements Claim, SingleArea, Dated {

    public Workshop {
        evidence = Lists.copyOf(evidence);
    }

    /**
     * A workshop with only its id and title, to complete with the {@code with...} methods:
     * {@code Workshop.of("c1", "...").with...(...)}. Each returns a new claim; this one is left as it is.
     *
     * @param id    the claim's id, unique in its portfolio
     * @param title what the claim is, as the applicant writes it
     * @return the claim, its other fields not yet given
     */
    public static Workshop of(String id, String title) {
        return new Workshop(id, title, null, null, null, List.of());
    }

    /**
     * The same workshop in another area of expertise.
     *
     * @param area the area code, one of the rule edition's areas
     * @return a new claim
     */
    public Workshop withArea(String area) {
        return new Workshop(id, title, area, date, hours, evidence);
    }

    /**
     * The same workshop on another day.
     *
     * @param date the day it took place
     * @return a new claim
     */
    public Workshop withDate(LocalDate date) {
        return new Workshop(id, title, area, date, hours, evidence);
    }

    /**
     * The same workshop with other contact hours.
     *
     * @param hours the contact hours, in steps of 0.5
     * @return a new claim
     */
    public Workshop withHours(BigDecimal hours) {
        return new Workshop(id, title, area, date, hours, evidence);
    }

    /**
     * The same workshop with other contact hours, written as a decimal ({@code "2.5"}).
     *
     * @param hours the contact hours, in steps of 0.5
     * @return a new claim
     */
    public Workshop withHours(String hours) {
        return new Workshop(id, title, area, date, new BigDecimal(hours), evidence);
    }

    /**
     * The same workshop with this documentation instead of what it had.
     *
     * @param evidence the documentation attached; none for a claim waiting for it
     * @return a new claim
     */
    public Workshop withEvidence(EvidenceKind... evidence) {
        return new Workshop(id, title, area, date, hours, List.of(evidence));
    }

    @Override
    public ClaimType type() {
        return ClaimType.WORKSHOP;
    }
}
