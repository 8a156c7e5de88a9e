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
 * A college course, proven by a transcript.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CollegeCourse(
        @NotBlank String id,
        @NotBlank String title,
        @NotNull @KnownArea String area,
        @NotNull @NotAfterAssessmentDate LocalDate date,
        @NotNull @Step("0.5") @Between(min = "0.5", max = "12") BigDecimal credits,
        @NotNull CreditSystem creditSystem,
        @NotNull Boolean libraryRelated,
        @NotNull List<@NotNull EvidenceKind> evidence) implements Claim, SingleArea, Dated {

    public CollegeCourse {
        evidence = Lists.copyOf(evidence);
    }

    @Override
    public ClaimType type() {
        return ClaimType.COLLEGE_COURSE;
    }
}
