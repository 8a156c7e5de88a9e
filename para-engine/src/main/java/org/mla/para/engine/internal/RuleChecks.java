package org.mla.para.engine.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mla.para.engine.Problem;
import org.mla.para.engine.RuleEditionException;

/** Runs one generated portfolio through an edition for {@code rules check}, and narrows a failing one down. */
public final class RuleChecks {

    private RuleChecks() {
    }

    /**
     * What goes wrong with each sample, on every core (an engine is thread-safe). Once a rule
     * keeps firing, the remaining samples are skipped: each would run to the firing limit, and
     * the loop hides whatever else is wrong.
     */
    public static List<Optional<Problem>> outcomes(CompiledEdition edition, List<CheckCorpus.Sample> samples) {
        AtomicBoolean looping = new AtomicBoolean();
        return samples.parallelStream().map(sample -> {
            if (looping.get()) {
                return Optional.<Problem>empty();
            }
            Optional<Problem> problem = broken(edition, sample);
            if (problem.filter(p -> p.message().contains(Scorer.KEEPS_FIRING)).isPresent()) {
                looping.set(true);
            }
            return problem;
        }).toList();
    }

    /** What goes wrong when {@code sample} is assessed, if anything. */
    public static Optional<Problem> broken(CompiledEdition edition, CheckCorpus.Sample sample) {
        try {
            Scorer.score(edition, sample.portfolio(), sample.portfolio().submittedOn());
            return Optional.empty();
        } catch (RuleEditionException e) {
            return Optional.of(e.problems().get(0));
        }
    }

    /** The portfolio with a single one of its claims that shows the same problem, or the portfolio itself. */
    public static CheckCorpus.Sample smallest(CompiledEdition edition, CheckCorpus.Sample sample, Problem problem) {
        String key = key(problem);
        for (int i = 0; i < sample.portfolio().claims().size(); i++) {
            CheckCorpus.Sample alone = CheckCorpus.only(sample, i);
            if (broken(edition, alone).map(RuleChecks::key).filter(key::equals).isPresent()) {
                return alone;
            }
        }
        return sample;
    }

    /** A problem without the claim and the numbers it happened to show: the same rule breaking the same way. */
    public static String key(Problem problem) {
        return problem.path() + " " + problem.message().replaceAll("claims? [\\w-]+(, [\\w-]+)*", "claim").replaceAll("-?\\d+", "#");
    }
}
