package org.mla.para.workflow;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A PARA certificate.
 *
 * @param applicationId  the application it ends
 * @param name           the recipient's name
 * @param level          the level certified
 * @param issuedOn       the day it was issued
 * @param atConference   whether it is presented at the MLA conference of {@code conferenceYear}
 *                       (the portfolio was submitted on or before the conference deadline of
 *                       that year); otherwise it is delivered
 * @param conferenceYear the conference year when presented there; {@code null} otherwise
 */
@API(status = API.Status.STABLE, since = "0.2")
public record Certificate(String applicationId, String name, int level, LocalDate issuedOn, boolean atConference,
        Integer conferenceYear) {
}
