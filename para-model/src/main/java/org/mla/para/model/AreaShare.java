package org.mla.para.model;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.mla.para.model.constraints.Between;
import org.mla.para.model.constraints.KnownArea;

/**
 * The part of a job spent in one area of expertise.
 *
 * @param area    the area code
 * @param percent the whole percentage of the job spent in that area, 1..100
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AreaShare(@NotNull @KnownArea String area, @NotNull @Between(min = "1", max = "100") Integer percent) {
}
