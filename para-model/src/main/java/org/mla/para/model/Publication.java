package org.mla.para.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.model.constraints.KnownArea;
import org.mla.para.model.constraints.NotAfterAssessmentDate;

/**
 * A piece the applicant published.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Publication(
        @NotBlank String id,
        @NotBlank String title,
        @NotNull @KnownArea String area,
        @NotNull @NotAfterAssessmentDate LocalDate date,
        @NotNull PublicationKind kind,
        @NotNull List<@NotNull EvidenceKind> evidence) implements Claim, SingleArea, Dated {

    public Publication {
        evidence = Lists.copyOf(evidence);
    }

    /**
     * A publication with only its id and title, to complete with the {@code with...} methods:
     * {@code Publication.of("c1", "...").with...(...)}. Each returns a new claim; this one is left as it is.
     *
     * @param id    the claim's id, unique in its portfolio
     * @param title what the claim is, as the applicant writes it
     * @return the claim, its other fields not yet given
     */
    public static Publication of(String id, String title) {
        return new Publication(id, title, null, null, null, List.of());
    }

    /**
     * The same publication in another area of expertise.
     *
     * @param area the area code, one of the rule edition's areas
     * @return a new claim
     */
    public Publication withArea(String area) {
        return new Publication(id, title, area, date, kind, evidence);
    }

    /**
     * The same publication on another day.
     *
     * @param date the day it took place
     * @return a new claim
     */
    public Publication withDate(LocalDate date) {
        return new Publication(id, title, area, date, kind, evidence);
    }

    /**
     * The same publication as another kind of piece.
     *
     * @param kind what kind of piece it is
     * @return a new claim
     */
    public Publication withKind(PublicationKind kind) {
        return new Publication(id, title, area, date, kind, evidence);
    }

    /**
     * The same publication with this documentation instead of what it had.
     *
     * @param evidence the documentation attached; none for a claim waiting for it
     * @return a new claim
     */
    public Publication withEvidence(EvidenceKind... evidence) {
        return new Publication(id, title, area, date, kind, List.of(evidence));
    }

    @Override
    public ClaimType type() {
        return ClaimType.PUBLICATION;
    }
}
