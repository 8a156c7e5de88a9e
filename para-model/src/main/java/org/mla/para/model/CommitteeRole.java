package org.mla.para.model;

import org.apiguardian.api.API;

/** The applicant's role on a committee. */
@API(status = API.Status.STABLE, since = "0.1")
public enum CommitteeRole {
    MEMBER,
    CHAIR,
    OFFICER
}
