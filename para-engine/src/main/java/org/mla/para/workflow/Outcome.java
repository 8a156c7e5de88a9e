package org.mla.para.workflow;

import org.apiguardian.api.API;

/** The Review Board's preliminary decision on a portfolio. */
@API(status = API.Status.STABLE, since = "0.2")
public enum Outcome {
    /** The portfolio meets the level: the certificate goes to the Boards for signature. */
    PRELIMINARY_APPROVAL,
    /** The applicant may revise the portfolio and submit it again. */
    REVISIONS_REQUESTED,
    /** The portfolio is not approved; the application ends. */
    NOT_APPROVED
}
