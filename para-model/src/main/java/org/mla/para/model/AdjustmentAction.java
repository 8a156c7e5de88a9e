package org.mla.para.model;

import org.apiguardian.api.API;

/** What a reviewer's adjustment does to one claim. The rule edition decides how each one counts. */
@API(status = API.Status.STABLE, since = "0.2")
public enum AdjustmentAction {
    /** The claim counts for nothing: the Board does not accept it. */
    DISALLOW,
    /** The claim earns the points the reviewer sets instead of its formula's. */
    SET_POINTS,
    /** The claim's points go to another area of expertise. */
    MOVE_AREA
}
