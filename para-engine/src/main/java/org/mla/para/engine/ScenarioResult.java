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
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ScenarioResult(String edition, String scenario, String description, List<String> differences,
        Set<String> rulesFired) {

    public ScenarioResult {
        differences = List.copyOf(differences);
        rulesFired = Set.copyOf(rulesFired);
    }

    public boolean passed() {
        return differences.isEmpty();
    }

    /** One line: {@code PASS edition/scenario} or {@code FAIL edition/scenario: what differed; ...}. */
    @Override
    public String toString() {
        return (passed() ? "PASS " : "FAIL ") + edition + "/" + scenario + (passed() ? "" : ": " + String.join("; ", differences));
    }
}
