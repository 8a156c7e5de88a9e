package org.mla.para.engine.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.mla.para.model.Assessment;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.scoring.ClaimScore;

/**
 * What every assessment must satisfy whatever its edition's rules say: no claim with negative
 * points or negative pending points, and no points in an area the edition does not define.
 * An edition that breaks one is broken; the assessment is refused rather than published wrong.
 *
 * <p>The check reads the finished {@link Assessment} only. When it fails, the portfolio is
 * scored again with a {@link Blame} listener, which finds the first rule whose firing broke
 * it: the only place that looks into the working facts ({@link ClaimScore#getId()},
 * {@link ClaimScore#getPoints()}, {@link ClaimScore#getPendingPoints()},
 * {@link ClaimScore#getAreas()}), and only on that error path.
 */
final class ScoreInvariants {

    private ScoreInvariants() {
    }

    /** What is wrong with one claim's result. */
    record Violation(String claimId, String what) {
    }

    /** The first broken invariant of {@code assessment}, in claim order. */
    static Optional<Violation> check(Assessment assessment, List<String> areas) {
        for (ClaimAssessment claim : assessment.claims()) {
            Optional<Violation> violation = violation(claim.id(), claim.points(), claim.pendingPoints(),
                    claim.areas().keySet(), areas);
            if (violation.isPresent()) {
                return violation;
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> violation(String id, int points, int pending, Set<String> placed, List<String> areas) {
        if (points < 0) {
            return Optional.of(new Violation(id, "gives claim " + id + " negative points (" + points + ")"));
        }
        if (pending < 0) {
            return Optional.of(new Violation(id, "gives claim " + id + " negative pending points (" + pending + ")"));
        }
        for (String area : placed) {
            if (!areas.contains(area)) {
                return Optional.of(new Violation(id, "places points of claim " + id + " in area \"" + area
                        + "\", which the edition does not define (it defines " + String.join(", ", areas) + ")"));
            }
        }
        return Optional.empty();
    }

    /** Finds the first rule whose firing left a claim in a state the invariants forbid. */
    static final class Blame extends DefaultAgendaEventListener {

        private final List<String> areas;
        private org.kie.api.definition.rule.Rule rule;
        private Violation violation;

        Blame(List<String> areas) {
            this.areas = areas;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            if (rule != null) {
                return;
            }
            for (Object fact : event.getMatch().getObjects()) {
                if (fact instanceof ClaimScore score) {
                    Map<String, Integer> placed = score.getAreas();
                    Optional<Violation> found = ScoreInvariants.violation(score.getId(), score.getPoints(), score.getPendingPoints(),
                            placed.keySet(), areas);
                    if (found.isPresent()) {
                        rule = event.getMatch().getRule();
                        violation = found.get();
                        return;
                    }
                }
            }
        }

        /** The rule that broke an invariant first; empty when none was seen breaking one. */
        Optional<org.kie.api.definition.rule.Rule> rule() {
            return Optional.ofNullable(rule);
        }

        Violation violation() {
            return violation;
        }
    }
}
