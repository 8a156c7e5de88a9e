package org.mla.para.workflow;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A certificate awarded before PARA kept its own records, imported from the recipients list MLA
 * kept: with the certificates PARA issues, it makes the record that a submission's prior
 * levels ({@code heldLevels}) are checked against.
 *
 * @param applicantId the recipient's id in MLA's records (the portfolio's {@code applicant.id})
 * @param name        the recipient's name
 * @param level       the level, 1 to 4
 * @param year        the year it was awarded
 * @param awardedOn   the day it was awarded; {@code null} when the old list gives only the year
 * @param source      where the line comes from ("MLA recipients list 2012", say)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public record HistoricalCertificate(String applicantId, String name, int level, int year, LocalDate awardedOn,
        String source) {
}
