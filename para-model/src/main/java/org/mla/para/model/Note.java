package org.mla.para.model;

import org.apiguardian.api.API;

/** Why a claim earned less than its formula, in the order the checks run. */
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
    CAPPED
}
