package org.mla.para.model;

import org.apiguardian.api.API;

/**
 * A Review Board reviewer's adjustment of one claim, with the reason for it. Adjustments are
 * facts the rules honor: the edition's review rules decide what each one does to the claim,
 * the totals and the requirements, so an adjusted assessment is explained like any other.
 *
 * @param claimId  the id of the adjusted claim
 * @param action   what the adjustment does
 * @param points   the points the claim earns, for {@link AdjustmentAction#SET_POINTS} only
 * @param area     the area the claim's points move to, for {@link AdjustmentAction#MOVE_AREA} only
 * @param reason   why, in the reviewer's words
 * @param reviewer the reviewer's name
 */
@API(status = API.Status.STABLE, since = "0.2")
public record Adjustment(String claimId, AdjustmentAction action, Integer points, String area, String reason,
        String reviewer) {

    /** Disallows claim {@code claimId}. */
    public static Adjustment disallow(String claimId, String reason, String reviewer) {
        return new Adjustment(claimId, AdjustmentAction.DISALLOW, null, null, reason, reviewer);
    }

    /** Sets the points of claim {@code claimId}. */
    public static Adjustment setPoints(String claimId, int points, String reason, String reviewer) {
        return new Adjustment(claimId, AdjustmentAction.SET_POINTS, points, null, reason, reviewer);
    }

    /** Moves the points of claim {@code claimId} to {@code area}. */
    public static Adjustment moveToArea(String claimId, String area, String reason, String reviewer) {
        return new Adjustment(claimId, AdjustmentAction.MOVE_AREA, null, area, reason, reviewer);
    }
}
