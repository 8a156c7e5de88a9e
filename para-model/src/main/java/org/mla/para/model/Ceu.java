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
 * A course counted in continuing education units (1 CEU is 10 contact hours).
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Ceu(
        @NotBlank String id,
        @NotBlank String title,
        @NotNull @KnownArea String area,
        @NotNull @NotAfterAssessmentDate LocalDate date,
        @NotNull @Step("0.1") @Between(min = "0.1", max = "10") BigDecimal ceus,
        @NotNull List<@NotNull EvidenceKind> evidence) implements Claim, SingleArea, Dated {

    public Ceu {
        evidence = Lists.copyOf(evidence);
    }

    /**
     * A course with only its id and title, to complete with the {@code with...} methods:
     * {@code Ceu.of("c1", "...").with...(...)}. Each returns a new claim; this one is left as it is.
     *
     * @param id    the claim's id, unique in its portfolio
     * @param title what the claim is, as the applicant writes it
     * @return the claim, its other fields not yet given
     */
    public static Ceu of(String id, String title) {
        return new Ceu(id, title, null, null, null, List.of());
    }

    /**
     * The same course in another area of expertise.
     *
     * @param area the area code, one of the rule edition's areas
     * @return a new claim
     */
    public Ceu withArea(String area) {
        return new Ceu(id, title, area, date, ceus, evidence);
    }

    /**
     * The same course on another day.
     *
     * @param date the day it took place
     * @return a new claim
     */
    public Ceu withDate(LocalDate date) {
        return new Ceu(id, title, area, date, ceus, evidence);
    }

    /**
     * The same course with other continuing education units.
     *
     * @param ceus the units, in steps of 0.1
     * @return a new claim
     */
    public Ceu withCeus(BigDecimal ceus) {
        return new Ceu(id, title, area, date, ceus, evidence);
    }

    /**
     * The same course with other continuing education units, written as a decimal ({@code "0.6"}).
     *
     * @param ceus the units, in steps of 0.1
     * @return a new claim
     */
    public Ceu withCeus(String ceus) {
        return new Ceu(id, title, area, date, new BigDecimal(ceus), evidence);
    }

    /**
     * The same course with this documentation instead of what it had.
     *
     * @param evidence the documentation attached; none for a claim waiting for it
     * @return a new claim
     */
    public Ceu withEvidence(EvidenceKind... evidence) {
        return new Ceu(id, title, area, date, ceus, List.of(evidence));
    }

    @Override
    public ClaimType type() {
        return ClaimType.CEU;
    }
}
