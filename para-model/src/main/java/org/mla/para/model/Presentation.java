package org.mla.para.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.model.constraints.KnownArea;
import org.mla.para.model.constraints.NotAfterAssessmentDate;

/**
 * A presentation the applicant gave.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Presentation(
        @NotBlank String id,
        @NotBlank String title,
        @NotNull @KnownArea String area,
        @NotNull @NotAfterAssessmentDate LocalDate date,
        @NotNull List<@NotNull EvidenceKind> evidence) implements Claim, SingleArea, Dated {

    public Presentation {
        evidence = Lists.copyOf(evidence);
    }

    /**
     * A presentation with only its id and title, to complete with the {@code with...} methods:
     * {@code Presentation.of("c1", "...").with...(...)}. Each returns a new claim; this one is left as it is.
     *
     * @param id    the claim's id, unique in its portfolio
     * @param title what the claim is, as the applicant writes it
     * @return the claim, its other fields not yet given
     */
    public static Presentation of(String id, String title) {
        return new Presentation(id, title, null, null, List.of());
    }

    /**
     * The same presentation in another area of expertise.
     *
     * @param area the area code, one of the rule edition's areas
     * @return a new claim
     */
    public Presentation withArea(String area) {
        return new Presentation(id, title, area, date, evidence);
    }

    /**
     * The same presentation on another day.
     *
     * @param date the day it took place
     * @return a new claim
     */
    public Presentation withDate(LocalDate date) {
        return new Presentation(id, title, area, date, evidence);
    }

    /**
     * The same presentation with this documentation instead of what it had.
     *
     * @param evidence the documentation attached; none for a claim waiting for it
     * @return a new claim
     */
    public Presentation withEvidence(EvidenceKind... evidence) {
        return new Presentation(id, title, area, date, List.of(evidence));
    }

    @Override
    public ClaimType type() {
        return ClaimType.PRESENTATION;
    }
}
