package org.mla.para.model;

import org.apiguardian.api.API;

/** A claim whose points all go to one area of expertise. */
@API(status = API.Status.STABLE, since = "0.1")
public interface SingleArea {

    /** The area code, one of the areas of the rule edition. */
    String area();
}
