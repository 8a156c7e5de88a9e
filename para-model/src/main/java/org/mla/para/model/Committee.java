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
 * Service on a committee or board.
 */
@API(status = API.Status.STABLE, since = "0.1")
@EndNotBeforeStart
public record Committee(
        @NotBlank String id,
        @NotBlank String title,
        @NotNull @KnownArea String area,
        @NotNull @NotAfterAssessmentDate LocalDate start,
        @NotAfterAssessmentDate LocalDate end,
        @NotNull CommitteeRole role,
        @NotNull List<@NotNull EvidenceKind> evidence) implements Claim, SingleArea, SpanClaim {

    public Committee {
        evidence = Lists.copyOf(evidence);
    }

    /**
     * A committee service with only its id and title, to complete with the {@code with...} methods:
     * {@code Committee.of("c1", "...").with...(...)}. Each returns a new claim; this one is left as it is.
     *
     * @param id    the claim's id, unique in its portfolio
     * @param title what the claim is, as the applicant writes it
     * @return the claim, its other fields not yet given
     */
    public static Committee of(String id, String title) {
        return new Committee(id, title, null, null, null, null, List.of());
    }

    /**
     * The same committee service in another area of expertise.
     *
     * @param area the area code, one of the rule edition's areas
     * @return a new claim
     */
    public Committee withArea(String area) {
        return new Committee(id, title, area, start, end, role, evidence);
    }

    /**
     * The same committee service from another first day.
     *
     * @param start the first day
     * @return a new claim
     */
    public Committee withStart(LocalDate start) {
        return new Committee(id, title, area, start, end, role, evidence);
    }

    /**
     * The same committee service until another last day.
     *
     * @param end the last day; {@code null} while it goes on
     * @return a new claim
     */
    public Committee withEnd(LocalDate end) {
        return new Committee(id, title, area, start, end, role, evidence);
    }

    /**
     * The same committee service in another role.
     *
     * @param role the applicant's role
     * @return a new claim
     */
    public Committee withRole(CommitteeRole role) {
        return new Committee(id, title, area, start, end, role, evidence);
    }

    /**
     * The same committee service with this documentation instead of what it had.
     *
     * @param evidence the documentation attached; none for a claim waiting for it
     * @return a new claim
     */
    public Committee withEvidence(EvidenceKind... evidence) {
        return new Committee(id, title, area, start, end, role, List.of(evidence));
    }

    @Override
    public ClaimType type() {
        return ClaimType.COMMITTEE;
    }
}
