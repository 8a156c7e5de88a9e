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

    @Override
    public ClaimType type() {
        return ClaimType.WORKSHOP;
    }
}
