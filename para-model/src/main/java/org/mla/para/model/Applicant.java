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

    /**
     * An applicant with no e-mail address or library given: add them with {@link #withEmail}
     * and {@link #withLibrary}.
     *
     * @param id   the applicant's id in MLA's records
     * @param name the applicant's name
     * @return the applicant
     */
    public static Applicant of(String id, String name) {
        return new Applicant(id, name, null, null);
    }

    /**
     * The same applicant with an e-mail address.
     *
     * @param email the address
     * @return a new applicant
     */
    public Applicant withEmail(String email) {
        return new Applicant(id, name, email, library);
    }

    /**
     * The same applicant working at a library.
     *
     * @param library the library's name
     * @return a new applicant
     */
    public Applicant withLibrary(String library) {
        return new Applicant(id, name, email, library);
    }
}
