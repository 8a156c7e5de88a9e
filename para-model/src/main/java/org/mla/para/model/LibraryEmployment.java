package org.mla.para.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.model.constraints.Between;
import org.mla.para.model.constraints.EndNotBeforeStart;
import org.mla.para.model.constraints.NotAfterAssessmentDate;
import org.mla.para.model.constraints.AreaSplit;

/**
 * A paid or volunteer library job, whose points are split over the areas it covers.
 */
@API(status = API.Status.STABLE, since = "0.1")
@EndNotBeforeStart
public record LibraryEmployment(
        @NotBlank String id,
        @NotBlank String title,
        @NotNull @NotAfterAssessmentDate LocalDate start,
        @NotAfterAssessmentDate LocalDate end,
        @NotNull @Between(min = "1", max = "80") Integer hoursPerWeek,
        @NotNull Boolean paid,
        @NotNull @AreaSplit @NotEmpty List<@NotNull @Valid AreaShare> areas,
        @NotNull List<@NotNull EvidenceKind> evidence) implements Claim, SpanClaim {

    public LibraryEmployment {
        areas = Lists.copyOf(areas);
        evidence = Lists.copyOf(evidence);
    }

    @Override
    public ClaimType type() {
        return ClaimType.LIBRARY_EMPLOYMENT;
    }
}
