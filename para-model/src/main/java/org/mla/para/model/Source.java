package org.mla.para.model;

import org.apiguardian.api.API;

/** Where a claim's points come from. Each level requires a minimum from each source. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Source {
    EDUCATION,
    EXPERIENCE,
    PROFESSIONAL_ACTIVITIES
}
