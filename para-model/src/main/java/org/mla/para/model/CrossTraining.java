package org.mla.para.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.model.constraints.Between;
import org.mla.para.model.constraints.KnownArea;
import org.mla.para.model.constraints.NotAfterAssessmentDate;

/**
 * Training in another department of the applicant's library, in whole hours.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CrossTraining(
        @NotBlank String id,
        @NotBlank String title,
        @NotNull @KnownArea String area,
        @NotNull @NotAfterAssessmentDate LocalDate date,
        @NotNull @Between(min = "1", max = "200") Integer hours,
        @NotNull List<@NotNull EvidenceKind> evidence) implements Claim, SingleArea, Dated {

    public CrossTraining {
        evidence = Lists.copyOf(evidence);
    }

    /**
     * A cross-training with only its id and title, to complete with the {@code with...} methods:
     * {@code CrossTraining.of("c1", "...").with...(...)}. Each returns a new claim; this one is left as it is.
     *
     * @param id    the claim's id, unique in its portfolio
     * @param title what the claim is, as the applicant writes it
     * @return the claim, its other fields not yet given
     */
    public static CrossTraining of(String id, String title) {
        return new CrossTraining(id, title, null, null, null, List.of());
    }

    /**
     * The same cross-training in another area of expertise.
     *
     * @param area the area code, one of the rule edition's areas
     * @return a new claim
     */
    public CrossTraining withArea(String area) {
        return new CrossTraining(id, title, area, date, hours, evidence);
    }

    /**
     * The same cross-training on another day.
     *
     * @param date the day it took place
     * @return a new claim
     */
    public CrossTraining withDate(LocalDate date) {
        return new CrossTraining(id, title, area, date, hours, evidence);
    }

    /**
     * The same training with other hours.
     *
     * @param hours the whole hours
     * @return a new claim
     */
    public CrossTraining withHours(int hours) {
        return new CrossTraining(id, title, area, date, hours, evidence);
    }

    /**
     * The same cross-training with this documentation instead of what it had.
     *
     * @param evidence the documentation attached; none for a claim waiting for it
     * @return a new claim
     */
    public CrossTraining withEvidence(EvidenceKind... evidence) {
        return new CrossTraining(id, title, area, date, hours, List.of(evidence));
    }

    @Override
    public ClaimType type() {
        return ClaimType.CROSS_TRAINING;
    }
}
