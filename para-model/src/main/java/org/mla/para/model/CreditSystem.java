package org.mla.para.model;

import org.apiguardian.api.API;

/** How a college measures its credits. */
@API(status = API.Status.STABLE, since = "0.1")
public enum CreditSystem {
    SEMESTER,
    QUARTER
}
