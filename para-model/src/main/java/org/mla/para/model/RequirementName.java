package org.mla.para.model;

import org.apiguardian.api.API;

/** The requirements of a level, in the order an assessment reports them. */
@API(status = API.Status.STABLE, since = "0.1")
public enum RequirementName {
    PREREQUISITE,
    TOTAL,
    EDUCATION,
    EXPERIENCE,
    PROFESSIONAL_ACTIVITIES,
    AREAS
}
