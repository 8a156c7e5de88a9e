package org.mla.para.model;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.apiguardian.api.API;

/**
 * The person applying for a level.
 *
 * @param id      the applicant's id in MLA's records
 * @param name    the applicant's name
 * @param email   an e-mail address, optional
 * @param library the library the applicant works at, optional
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Applicant(@NotBlank String id, @NotBlank String name, @Email String email, String library) {
}
