package org.mla.para.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.mla.para.model.constraints.Between;

/**
 * A level the applicant was already awarded. An award dated after the assessment date is valid
 * input but counts for nothing in that assessment.
 *
 * @param level     the level, 1..4
 * @param awardedOn the day it was awarded
 */
@API(status = API.Status.STABLE, since = "0.1")
public record HeldLevel(@NotNull @Between(min = "1", max = "4") Integer level, @NotNull LocalDate awardedOn) {
}
