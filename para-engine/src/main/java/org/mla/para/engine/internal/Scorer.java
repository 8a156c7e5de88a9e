package org.mla.para.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
import org.mla.para.model.scoring.EditionMistake;
import org.mla.para.model.scoring.Tally;

/** Applies a compiled edition to one valid portfolio: one Drools session, inserted facts, fired rules, read results. */
public final class Scorer {

    /** Rules that keep firing past this many firings per claim are looping: an edition bug, not a slow portfolio. */
    private static final int FIRINGS_PER_CLAIM = 200;
    private static final int FIRINGS_BASE = 1_000;

    /** How a problem says that a rule would not come to rest. */
    static final String KEEPS_FIRING = "keeps firing";

    private Scorer() {
    }

    public static Assessment score(CompiledEdition compiled, Portfolio portfolio, LocalDate asOf) {
        return score(compiled, portfolio, asOf, List.of(), null);
    }

    /**
     * Scores with reviewers' adjustments as facts (already checked against the portfolio), and
     * adds to {@code coverage}, when it is not null, every rule that fired and every line of the
     * edition's tables that took effect.
     *
     * @throws RuleEditionException naming the rule, its file and line, when a rule throws, keeps
     *         firing, leaves a claim unscored, or breaks an invariant ({@link ScoreInvariants})
     */
    public static Assessment score(CompiledEdition compiled, Portfolio portfolio, LocalDate asOf,
            List<Adjustment> adjustments, Coverage coverage) {
        RuleIdRecorder recorder = new RuleIdRecorder(coverage);
        Coverage.Recorder lines = coverage == null ? null : new Coverage.Recorder(compiled.rules());
        Fired result = fire(compiled, portfolio, asOf, adjustments, recorder, lines);
        if (result.firings() >= result.limit()) {
            throw looping(compiled, portfolio, asOf, adjustments, result.limit());
        }
        checkHonored(compiled.edition().id(), adjustments, result.scores());
        Assessment assessment = assessment(portfolio, asOf, compiled, result.scores(), result.tally());
        ScoreInvariants.check(assessment, compiled.edition().areaCodes()).ifPresent(violation -> {
            throw blame(compiled, portfolio, asOf, adjustments, violation);
        });
        if (lines != null) {
            lines.addTo(coverage, result.all());
        }
        return assessment;
    }

    /**
     * The claims' working scores once the rules came to rest, for explaining an assessment
     * {@link #score} already made (and checked) of the same portfolio: which declared cap took
     * points from which claim.
     */
    public static ClaimScores scores(CompiledEdition compiled, Portfolio portfolio, LocalDate asOf,
            List<Adjustment> adjustments) {
        return fire(compiled, portfolio, asOf, adjustments, new RuleIdRecorder(null)).all();
    }

    /** The working facts after the rules came to rest (or hit the limit). */
    private record Fired(ClaimScores all, Tally tally, int firings, int limit) {

        List<ClaimScore> scores() {
            return all.all();
        }
    }

    private static Fired fire(CompiledEdition compiled, Portfolio portfolio, LocalDate asOf, List<Adjustment> adjustments,
            org.kie.api.event.rule.AgendaEventListener listener) {
        return fire(compiled, portfolio, asOf, adjustments, listener, null);
    }

    private static Fired fire(CompiledEdition compiled, Portfolio portfolio, LocalDate asOf, List<Adjustment> adjustments,
            org.kie.api.event.rule.AgendaEventListener listener, org.kie.api.event.rule.RuleRuntimeEventListener inserts) {
        KieSession session = compiled.sessions().newKieSession();
        List<ClaimScore> scores = new ArrayList<>();
        Tally tally = new Tally();
        List<Claim> claims = portfolio.claims();
        int limit = FIRINGS_BASE + FIRINGS_PER_CLAIM * claims.size();
        try {
            session.addEventListener(listener);
            if (inserts != null) {
                session.addEventListener(inserts);
            }
            session.insert(new Candidate(portfolio.targetLevel(), asOf, portfolio.heldLevels()));
            session.insert(tally);
            for (int i = 0; i < claims.size(); i++) {
                ClaimScore score = new ClaimScore(claims.get(i), i);
                scores.add(score);
                session.insert(claims.get(i));
                session.insert(score);
            }
            ClaimScores all = new ClaimScores(scores);
            session.insert(all);
            adjustments.forEach(session::insert);
            try {
                return new Fired(all, tally, session.fireAllRules(limit), limit);
            } catch (ConsequenceException e) {
                throw failed(compiled, e);
            }
        } finally {
            session.removeEventListener(listener);
            if (inserts != null) {
                session.removeEventListener(inserts);
            }
            session.dispose(); // back to the pool, reset
        }
    }

    /** A rule's {@code then} part threw: the rule, where it is written, the claim it was scoring, and what went wrong. */
    private static RuleEditionException failed(CompiledEdition compiled, ConsequenceException e) {
        Rule rule = e.getMatch().getRule();
        String claims = e.getMatch().getObjects().stream().filter(Claim.class::isInstance).map(c -> ((Claim) c).id())
                .distinct().reduce((a, b) -> a + ", " + b).map(ids -> " on claim " + ids).orElse("");
        Throwable cause = e.getCause() == null ? e : e.getCause();
        while (cause.getCause() != null && cause.getCause() != cause
                && cause.getClass().getName().startsWith("org.drools")) {
            cause = cause.getCause();
        }
        String what = cause instanceof EditionMistake ? cause.getMessage()
                : cause instanceof ArithmeticException && "/ by zero".equals(cause.getMessage()) ? "divides by zero"
                : cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage().lines().findFirst().orElse("") + " (" + cause.getClass().getSimpleName() + ")";
        if (cause instanceof EditionMistake mistake && mistake.written() != null) {
            String written = mistake.written().replaceAll("\\s+", "");
            for (RuleIndex.RuleAt table : compiled.rules().rules()) {
                for (RuleIndex.Insert line : table.inserts()) {
                    if (Pattern.compile(Pattern.quote(written) + "(?!\\d)").matcher(line.text().replaceAll("\\s+", "")).find()) {
                        return new RuleEditionException(table.file() + ":" + line.line() + ":1", table.label() + ": " + what);
                    }
                }
            }
        }
        return problem(compiled, rule, "failed" + claims + ": " + what);
    }

    /** The rules kept firing: score again counting firings by rule, and name those that re-fired. */
    private static RuleEditionException looping(CompiledEdition compiled, Portfolio portfolio, LocalDate asOf,
            List<Adjustment> adjustments, int limit) {
        FiringCounter counter = new FiringCounter();
        fire(compiled, portfolio, asOf, adjustments, counter);
        List<Map.Entry<Rule, Integer>> busiest = counter.counts.entrySet().stream()
                .sorted(Map.Entry.<Rule, Integer>comparingByValue().reversed())
                .filter(e -> e.getValue() > portfolio.claims().size() + 1).toList();
        if (busiest.isEmpty()) {
            return new RuleEditionException(compiled.source().location(), "the rules did not come to rest after " + limit
                    + " firings");
        }
        String others = busiest.stream().skip(1).map(e -> label(compiled, e.getKey()) + " (" + e.getValue() + " times)")
                .reduce((a, b) -> a + ", " + b).map(list -> "; with it " + list).orElse("");
        return problem(compiled, busiest.get(0).getKey(), KEEPS_FIRING + ": it fired " + busiest.get(0).getValue()
                + " times before the limit of " + limit + " firings for this portfolio stopped it" + others + ". A rule that modifies a fact its own "
                + "conditions match fires again: call the method without modify, as the edition's rules do ($score.award(...);)");
    }

    /** An invariant broke: score again watching every firing, and name the rule that broke it first. */
    private static RuleEditionException blame(CompiledEdition compiled, Portfolio portfolio, LocalDate asOf,
            List<Adjustment> adjustments, ScoreInvariants.Violation violation) {
        ScoreInvariants.Blame blame = new ScoreInvariants.Blame(compiled.edition().areaCodes());
        fire(compiled, portfolio, asOf, adjustments, blame);
        return blame.rule().map(rule -> problem(compiled, rule, blame.violation().what()))
                .orElseGet(() -> new RuleEditionException(compiled.source().location(), "the rules " + violation.what()));
    }

    /** A problem at the rule's place in its file: {@code file:line:1: rule "name" (ID) what}. */
    static RuleEditionException problem(CompiledEdition compiled, Rule rule, String what) {
        return compiled.rules().named(rule.getName())
                .map(at -> new RuleEditionException(at.where(), at.label() + " " + what))
                .orElseGet(() -> new RuleEditionException(compiled.source().location(), label(compiled, rule) + " " + what));
    }

    private static String label(CompiledEdition compiled, Rule rule) {
        return compiled.rules().named(rule.getName()).map(RuleIndex.RuleAt::label)
                .orElse("rule \"" + rule.getName() + "\" (" + idOf(rule) + ")");
    }

    /** Counts each rule's firings: only used to explain rules that would not come to rest. */
    private static final class FiringCounter extends DefaultAgendaEventListener {

        final Map<Rule, Integer> counts = new java.util.HashMap<>();

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            counts.merge(event.getMatch().getRule(), 1, Integer::sum);
        }
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
                throw unscored(compiled, score);
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

    /** No rule scored (or placed) a claim: name the rules written for its type, which did not. */
    private static RuleEditionException unscored(CompiledEdition compiled, ClaimScore score) {
        String what = score.isScored() ? "placed the points of" : "scored";
        List<RuleIndex.RuleAt> candidates = compiled.rules().matching(score.getClaim().getClass());
        String claim = "claim " + score.getId() + " (" + score.getType() + ")";
        if (candidates.isEmpty()) {
            return new RuleEditionException(compiled.source().location(), "no rule " + what + " " + claim + ": no rule matches a "
                    + score.getClaim().getClass().getSimpleName() + "; every claim type needs a points rule");
        }
        String names = candidates.stream().map(r -> r.label() + " at " + r.file() + ":" + r.line())
                .reduce((a, b) -> a + ", " + b).orElse("");
        return new RuleEditionException(candidates.get(0).where(), "no rule " + what + " " + claim + ": the rules written for "
                + score.getType() + " claims (" + names + ") did not; check their conditions");
    }

    /** Records, as a claim's rule, the {@code @id} of the rule whose consequence awarded its points. */
    private static final class RuleIdRecorder extends DefaultAgendaEventListener {

        private final Coverage coverage;

        RuleIdRecorder(Coverage coverage) {
            this.coverage = coverage;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            if (coverage != null) {
                coverage.fired(idOf(event.getMatch().getRule()));
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
