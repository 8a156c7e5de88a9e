package org.mla.para.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.model.constraints.EndNotBeforeStart;
import org.mla.para.model.constraints.KnownArea;
import org.mla.para.model.constraints.NotAfterAssessmentDate;

/**
 * Membership of a professional organization; the organization is the title.
 */
@API(status = API.Status.STABLE, since = "0.1")
@EndNotBeforeStart
public record Membership(
        @NotBlank String id,
        @NotBlank String title,
        @NotNull @KnownArea String area,
        @NotNull @NotAfterAssessmentDate LocalDate start,
        @NotAfterAssessmentDate LocalDate end,
        @NotNull List<@NotNull EvidenceKind> evidence) implements Claim, SingleArea, SpanClaim {

    public Membership {
        evidence = Lists.copyOf(evidence);
    }

    /**
     * A membership with only its id and title, to complete with the {@code with...} methods:
     * {@code Membership.of("c1", "...").with...(...)}. Each returns a new claim; this one is left as it is.
     *
     * @param id    the claim's id, unique in its portfolio
     * @param title what the claim is, as the applicant writes it
     * @return the claim, its other fields not yet given
     */
    public static Membership of(String id, String title) {
        return new Membership(id, title, null, null, null, List.of());
    }

    /**
     * The same membership in another area of expertise.
     *
     * @param area the area code, one of the rule edition's areas
     * @return a new claim
     */
    public Membership withArea(String area) {
        return new Membership(id, title, area, start, end, evidence);
    }

    /**
     * The same membership from another first day.
     *
     * @param start the first day
     * @return a new claim
     */
    public Membership withStart(LocalDate start) {
        return new Membership(id, title, area, start, end, evidence);
    }

    /**
     * The same membership until another last day.
     *
     * @param end the last day; {@code null} while it goes on
     * @return a new claim
     */
    public Membership withEnd(LocalDate end) {
        return new Membership(id, title, area, start, end, evidence);
    }

    /**
     * The same membership with this documentation instead of what it had.
     *
     * @param evidence the documentation attached; none for a claim waiting for it
     * @return a new claim
     */
    public Membership withEvidence(EvidenceKind... evidence) {
        return new Membership(id, title, area, start, end, List.of(evidence));
    }

    @Override
    public ClaimType type() {
        return ClaimType.MEMBERSHIP;
    }
}
