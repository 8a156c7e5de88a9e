package org.mla.para.model;

import org.apiguardian.api.API;

/** Why a claim earned other than its formula gives, in the order the checks run. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Note {
    /** None of the claim's evidence is a kind its type accepts. */
    NO_EVIDENCE,
    /** The claim's date, or all of its span, lies outside the window of the target level. */
    OUTSIDE_WINDOW,
    /** A span claim has less than one full period of service inside the window. */
    SHORT_SERVICE,
    /** The same item was already counted by an earlier claim. */
    DUPLICATE,
    /** A cap reduced the claim below what its formula gave. */
    CAPPED,
    /** A reviewer disallowed the claim: it counts for nothing. */
    DISALLOWED,
    /** A reviewer set the claim's points in place of its formula's. */
    POINTS_SET,
    /** A reviewer moved the claim's points to another area. */
    AREA_MOVED
}
