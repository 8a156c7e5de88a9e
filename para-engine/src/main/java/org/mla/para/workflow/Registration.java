package org.mla.para.workflow;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.mla.para.model.constraints.Between;

/**
 * An applicant's registration for a level.
 *
 * @param applicantId  the applicant's id in MLA's records (the portfolio's {@code applicant.id})
 * @param name         the applicant's name, as the certificate shows it
 * @param email        where notifications go; optional
 * @param targetLevel  the level registered for, 1 to 4
 * @param registeredOn the day of registration; picks the rule edition in force
 */
@API(status = API.Status.STABLE, since = "0.2")
public record Registration(@NotBlank String applicantId, @NotBlank String name, @Email String email,
        @NotNull @Between(min = "1", max = "4") Integer targetLevel, @NotNull LocalDate registeredOn) {
}
