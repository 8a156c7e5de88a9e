package org.mla.para.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.mla.para.engine.RuleEditionException;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Assessment;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Requirement;
import org.mla.para.model.scoring.Candidate;
import org.mla.para.model.scoring.ClaimScore;
import org.mla.para.model.scoring.ClaimScores;
import org.mla.para.model.scoring.Tally;

/** Applies a compiled edition to one valid portfolio: one Drools session, inserted facts, fired rules, read results. */
public final class Scorer {

    /** Rules that keep firing past this many firings per claim are looping: an edition bug, not a slow portfolio. */
    private static final int FIRINGS_PER_CLAIM = 200;
    private static final int FIRINGS_BASE = 1_000;

    private Scorer() {
    }

    public static Assessment score(CompiledEdition compiled, Portfolio portfolio, LocalDate asOf) {
        return score(compiled, portfolio, asOf, List.of(), null);
    }

    /**
     * Scores with reviewers' adjustments as facts (already checked against the portfolio), and
     * adds the id of every rule that fired to {@code fired} when it is not null.
     */
    public static Assessment score(CompiledEdition compiled, Portfolio portfolio, LocalDate asOf,
            List<Adjustment> adjustments, java.util.Set<String> fired) {
        String edition = compiled.edition().id();
        KieSession session = compiled.sessions().newKieSession();
        RuleIdRecorder recorder = new RuleIdRecorder(fired);
        List<ClaimScore> scores = new ArrayList<>();
        Tally tally = new Tally();
        try {
            session.addEventListener(recorder);
            session.insert(new Candidate(portfolio.targetLevel(), asOf, portfolio.heldLevels()));
            session.insert(tally);
            List<Claim> claims = portfolio.claims();
            for (int i = 0; i < claims.size(); i++) {
                ClaimScore score = new ClaimScore(claims.get(i), i);
                scores.add(score);
                session.insert(claims.get(i));
                session.insert(score);
            }
            session.insert(new ClaimScores(scores));
            adjustments.forEach(session::insert);
            int limit = FIRINGS_BASE + FIRINGS_PER_CLAIM * claims.size();
            int firings;
            try {
                firings = session.fireAllRules(limit);
            } catch (ConsequenceException e) {
                throw new RuleEditionException(edition, "rule \"" + e.getMatch().getRule().getName() + "\" ("
                        + idOf(e.getMatch().getRule()) + ") failed: " + e.getCause());
            }
            if (firings >= limit) {
                throw new RuleEditionException(edition, "the rules did not come to rest after " + limit
                        + " firings: a rule keeps re-activating itself (modify in a loop?)");
            }
        } finally {
            session.removeEventListener(recorder);
            session.dispose(); // back to the pool, reset
        }
        checkHonored(edition, adjustments, scores);
        return assessment(portfolio, asOf, compiled, scores, tally);
    }

    /** An edition without a rule for an adjustment must not ignore it silently. */
    private static void checkHonored(String edition, List<Adjustment> adjustments, List<ClaimScore> scores) {
        for (Adjustment adjustment : adjustments) {
            ClaimScore score = scores.stream().filter(s -> s.getId().equals(adjustment.claimId())).findFirst().orElseThrow();
            boolean honored = switch (adjustment.action()) {
                case DISALLOW -> score.isDisallowed();
                case SET_POINTS -> score.isPointsSet();
                case MOVE_AREA -> score.isAreaMoved();
            };
            if (!honored) {
                throw new RuleEditionException(edition, "no rule honored the " + adjustment.action()
                        + " adjustment of claim " + adjustment.claimId()
                        + ": the edition needs a review rule for every kind of adjustment (see the reference edition's review.drl)");
            }
        }
    }

    private static Assessment assessment(Portfolio portfolio, LocalDate asOf, CompiledEdition compiled,
            List<ClaimScore> scores, Tally tally) {
        String edition = compiled.edition().id();
        List<ClaimAssessment> claims = new ArrayList<>();
        for (ClaimScore score : scores) {
            if (!score.isScored() || score.getRule() == null || !score.isPlaced()) {
                throw new RuleEditionException(edition, "no rule " + (score.isScored() ? "placed the points of " : "scored ")
                        + "claim " + score.getId() + " of type " + score.getType() + ": every claim type needs a points rule with an @id");
            }
            claims.add(new ClaimAssessment(score.getId(), score.getPoints(), score.getPendingPoints(), score.getRule(),
                    score.getSource(), score.getAreas(), score.getNotes()));
        }
        List<Requirement> requirements = List.copyOf(tally.getRequirements().values());
        if (requirements.isEmpty() || tally.getTotalPoints() == null) {
            throw new RuleEditionException(edition, "the rules checked no requirement of level " + portfolio.targetLevel()
                    + ": the edition needs level rules for it");
        }
        Map<String, Integer> areaPoints = new LinkedHashMap<>();
        for (String area : compiled.edition().areaCodes()) {
            int points = tally.area(area);
            if (points > 0) {
                areaPoints.put(area, points);
            }
        }
        boolean eligible = requirements.stream().allMatch(Requirement::met);
        return new Assessment(portfolio.applicant().id(), edition, asOf, portfolio.targetLevel(), eligible,
                tally.getTotalPoints(), tally.getSourcePoints(), areaPoints, claims, requirements);
    }

    /** Records, as a claim's rule, the {@code @id} of the rule whose consequence awarded its points. */
    private static final class RuleIdRecorder extends DefaultAgendaEventListener {

        private final java.util.Set<String> fired;

        RuleIdRecorder(java.util.Set<String> fired) {
            this.fired = fired;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            if (fired != null) {
                fired.add(idOf(event.getMatch().getRule()));
            }
            for (Object fact : event.getMatch().getObjects()) {
                if (fact instanceof ClaimScore score && score.isRuleAwaited()) {
                    score.setRule(idOf(event.getMatch().getRule()));
                }
            }
        }

    }

    /** A rule's {@code @id} (unquoted), or its name when it has none: what explanations name a rule by. */
    public static String idOf(Rule rule) {
        Object id = rule.getMetaData().get("id");
        if (id == null) {
            return rule.getName();
        }
        String text = id.toString();
        boolean quoted = text.length() > 1 && text.startsWith("\"") && text.endsWith("\"");
        return quoted ? text.substring(1, text.length() - 1) : text;
    }
}
