package org.mla.para.engine.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mla.para.engine.Problem;
import org.mla.para.model.Adjustment;
import org.mla.para.model.AdjustmentAction;
import org.mla.para.model.Claim;
import org.mla.para.model.Portfolio;

/** Checks reviewers' adjustments against the portfolio they adjust and the edition's areas. */
public final class AdjustmentCheck {

    /** Reviewers' points above this are a typing error, and sums of them could overflow: not policy, a sanity bound. */
    private static final int MOST_POINTS = 1_000_000;

    private AdjustmentCheck() {
    }

    public static List<Problem> problems(Portfolio portfolio, List<Adjustment> adjustments, List<String> areas) {
        if (adjustments.isEmpty()) {
            return List.of(); // the common case: no reviewer yet, nothing to index
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> claimIds = portfolio.claims() == null ? Set.of()
                : portfolio.claims().stream().filter(c -> c != null).map(Claim::id).collect(Collectors.toSet());
        Map<String, Set<AdjustmentAction>> seen = new HashMap<>();
        for (int i = 0; i < adjustments.size(); i++) {
            String at = "adjustments[" + i + "]";
            Adjustment adjustment = adjustments.get(i);
            if (adjustment == null) {
                problems.add(new Problem(at, "must be an adjustment, not null"));
                continue;
            }
            if (blank(adjustment.claimId())) {
                problems.add(new Problem(at + ".claimId", "is required: the id of the claim to adjust"));
            } else if (!claimIds.contains(adjustment.claimId())) {
                problems.add(new Problem(at + ".claimId", "no claim \"" + adjustment.claimId() + "\" in the portfolio"));
            }
            if (adjustment.action() == null) {
                problems.add(new Problem(at + ".action", "is required (one of DISALLOW, SET_POINTS, MOVE_AREA)"));
            } else {
                checkAction(adjustment, at, areas, problems);
                Set<AdjustmentAction> before = seen.computeIfAbsent(String.valueOf(adjustment.claimId()),
                        id -> EnumSet.noneOf(AdjustmentAction.class));
                if (before.contains(adjustment.action())) {
                    problems.add(new Problem(at + ".action", "claim " + adjustment.claimId() + " is already adjusted by "
                            + adjustment.action() + "; give one adjustment of each kind per claim"));
                } else if (!before.isEmpty() && (before.contains(AdjustmentAction.DISALLOW)
                        || adjustment.action() == AdjustmentAction.DISALLOW)) {
                    problems.add(new Problem(at + ".action", "claim " + adjustment.claimId()
                            + " is both disallowed and otherwise adjusted; a disallowed claim takes no other adjustment"));
                }
                before.add(adjustment.action());
            }
            if (blank(adjustment.reason())) {
                problems.add(new Problem(at + ".reason", "is required: say why the claim is adjusted"));
            }
            if (blank(adjustment.reviewer())) {
                problems.add(new Problem(at + ".reviewer", "is required: the name of the reviewer who adjusts it"));
            }
        }
        return problems;
    }

    private static void checkAction(Adjustment adjustment, String at, List<String> areas, List<Problem> problems) {
        boolean setsPoints = adjustment.action() == AdjustmentAction.SET_POINTS;
        boolean movesArea = adjustment.action() == AdjustmentAction.MOVE_AREA;
        if (setsPoints && adjustment.points() == null) {
            problems.add(new Problem(at + ".points", "is required for SET_POINTS: the points the claim earns"));
        } else if (setsPoints && (adjustment.points() < 0 || adjustment.points() > MOST_POINTS)) {
            problems.add(new Problem(at + ".points", "must be between 0 and " + MOST_POINTS + " (was " + adjustment.points() + ")"));
        } else if (!setsPoints && adjustment.points() != null) {
            problems.add(new Problem(at + ".points", "belongs to SET_POINTS adjustments only; remove it"));
        }
        if (movesArea && blank(adjustment.area())) {
            problems.add(new Problem(at + ".area", "is required for MOVE_AREA: the area the points move to (known: "
                    + String.join(", ", areas) + ")"));
        } else if (movesArea && !areas.contains(adjustment.area())) {
            problems.add(new Problem(at + ".area", "unknown area \"" + adjustment.area() + "\" (known: "
                    + String.join(", ", areas) + ")"));
        } else if (!movesArea && adjustment.area() != null) {
            problems.add(new Problem(at + ".area", "belongs to MOVE_AREA adjustments only; remove it"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
