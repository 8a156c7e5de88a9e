package org.mla.para.engine;

import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.model.Assessment;
import org.mla.para.model.Claim;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.Portfolio;
import org.mla.para.model.RequirementName;

/**
 * What a portfolio still needs for a level: each unmet requirement with ways to close it, the
 * claims that only wait for evidence, and one concrete plan. Every number comes from assessing
 * hypothetical claims with the same rules, never from a copy of the point table.
 *
 * @param assessment     the portfolio assessed for the level
 * @param shortfalls     the unmet requirements, in requirement order, each with its options
 * @param pendingEvidence claims without accepted evidence, with the points they would add and the kinds that would do
 * @param plan           steps that, taken in order, close every shortfall that claims can close
 * @param planned        the portfolio with the plan applied
 * @param plannedAssessment its assessment
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GapAnalysis(Assessment assessment, List<Shortfall> shortfalls, List<PendingEvidence> pendingEvidence,
        List<Step> plan, Portfolio planned, Assessment plannedAssessment) {

    public GapAnalysis {
        shortfalls = List.copyOf(shortfalls);
        pendingEvidence = List.copyOf(pendingEvidence);
        plan = List.copyOf(plan);
    }

    /** Whether the plan makes the portfolio eligible (it cannot when a level must be held first). */
    public boolean planMakesEligible() {
        return plannedAssessment.eligible();
    }

    /**
     * One unmet requirement.
     *
     * @param name     the requirement
     * @param required what the level requires
     * @param actual   what the portfolio has
     * @param advice   what cannot be planned with claims, when that is the case (the prerequisite); else empty
     * @param options  single additions that would each close it alone, smallest first per kind of claim; when
     *                 no single addition can (two areas still to cover, say), those that bring it closest
     * @param why      why the options' area was chosen ("the area where you have the fewest points..."); empty when no area was
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Shortfall(RequirementName name, int required, int actual, String advice, List<Option> options, String why) {

        public Shortfall {
            options = List.copyOf(options);
        }

        public int shortBy() {
            return Math.max(0, required - actual);
        }

        /** Whether each option closes the shortfall alone ("any one of these closes it"). */
        public boolean anyOptionCloses() {
            return !options.isEmpty() && options.stream().allMatch(o -> o.gain() >= shortBy());
        }
    }

    /**
     * A way to close a shortfall.
     *
     * @param description what to do, for a person: "3 workshop hours in Technology"
     * @param gain        how much the requirement's actual value rises
     * @param claims      the claims it means adding (or, for evidence, the claim with its evidence attached)
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Option(String description, int gain, List<Claim> claims) {

        public Option {
            claims = List.copyOf(claims);
        }
    }

    /**
     * A claim that earns nothing for want of accepted evidence.
     *
     * @param claimId       the claim
     * @param pendingPoints what it would earn with accepted evidence (before caps)
     * @param accepted      the evidence kinds its type accepts
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record PendingEvidence(String claimId, int pendingPoints, List<EvidenceKind> accepted) {

        public PendingEvidence {
            accepted = List.copyOf(accepted);
        }
    }

    /**
     * One step of the plan.
     *
     * @param closes      the requirement it was chosen for
     * @param description what to do
     * @param claims      the claims it adds, or the claim it completes (same id) with evidence
     * @param why         why its area was chosen, as for the shortfall's options; empty when no area was
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Step(RequirementName closes, String description, List<Claim> claims, String why) {

        public Step {
            claims = List.copyOf(claims);
        }
    }
}
