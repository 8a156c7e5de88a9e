package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.engine.Fixtures.ENGINE;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The scenario files shipped with the bundled edition: each one a named test, and together they fire every rule and put
 * every line of the edition's tables (caps, accepted evidence) to work. */
class BundledScenariosTests {

    private static final List<ScenarioResult> RESULTS = ENGINE.runScenarios();

    @TestFactory
    Stream<DynamicTest> everyBundledScenarioPasses() {
        assertThat(RESULTS).hasSizeGreaterThanOrEqualTo(10);
        return RESULTS.stream().map(result -> DynamicTest.dynamicTest(result.edition() + "/" + result.scenario(),
                () -> assertThat(result.differences()).as(result.description()).isEmpty()));
    }

    @Test
    void theScenariosFireEveryRuleOfTheEdition() {
        Set<String> fired = new TreeSet<>();
        RESULTS.forEach(result -> fired.addAll(result.rulesFired()));

        assertThat(fired).containsAll(ENGINE.ruleIds().get("reference"));
    }

    @Test
    void theScenariosPutEveryLineOfTheEditionsTablesToWork() {
        assertThat(ENGINE.tableLinesNotShown(RESULTS).get("reference")).isEmpty();
    }
}
