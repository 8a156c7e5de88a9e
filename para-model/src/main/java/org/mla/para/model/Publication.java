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

    @Override
    public ClaimType type() {
        return ClaimType.PUBLICATION;
    }
}
