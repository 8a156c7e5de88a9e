package org.mla.para.engine.internal;

import org.mla.para.model.Claim;

/** Test access to record copying. */
public final class TestClaims {

    private TestClaims() {
    }

    /** The claim under another id. */
    public static Claim renamed(Claim claim, String id) {
        return RecordShape.with(claim, "id", id);
    }
}
