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

    @Override
    public ClaimType type() {
        return ClaimType.MEMBERSHIP;
    }
}
