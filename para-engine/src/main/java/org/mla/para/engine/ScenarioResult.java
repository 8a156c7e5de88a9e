package org.mla.para.engine;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The outcome of one scenario file of an edition.
 *
 * @param edition     the id of the edition the scenario belongs to
 * @param scenario    the scenario's name (its file name without {@code .json})
 * @param description what the scenario shows, from the file
 * @param differences what differed from the expectation; empty when the scenario passed
 * @param rulesFired  the ids of the rules that fired while assessing it
 * @param tableLinesShown the lines of the edition's tables that took effect (a cap that took
 *                    points, a kind of evidence that proved a claim), as keys that
 *                    {@link ParaEngine#tableLinesNotShown} compares
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ScenarioResult(String edition, String scenario, String description, List<String> differences,
        Set<String> rulesFired, Set<String> tableLinesShown) {

    public ScenarioResult {
        differences = List.copyOf(differences);
        rulesFired = Set.copyOf(rulesFired);
        tableLinesShown = Set.copyOf(tableLinesShown);
    }

    /** A result that records no table lines (for editions without tables). */
    public ScenarioResult(String edition, String scenario, String description, List<String> differences,
            Set<String> rulesFired) {
        this(edition, scenario, description, differences, rulesFired, Set.of());
    }

    /** How a difference begins when the rules failed (a rule-edition error) instead of assessing the portfolio. */
    public static final String RULES_FAILED = "the rules failed: ";

    public boolean passed() {
        return differences.isEmpty();
    }

    /** Whether the edition's rules failed on the scenario's portfolio: a broken edition, not an outcome to compare. */
    public boolean rulesFailed() {
        return differences.stream().anyMatch(d -> d.startsWith(RULES_FAILED));
    }

    /** One line: {@code PASS edition/scenario} or {@code FAIL edition/scenario: what differed; ...}. */
    @Override
    public String toString() {
        return (passed() ? "PASS " : "FAIL ") + edition + "/" + scenario + (passed() ? "" : ": " + String.join("; ", differences));
    }
}
