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

    @Override
    public ClaimType type() {
        return ClaimType.CROSS_TRAINING;
    }
}
