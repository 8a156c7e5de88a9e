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

/**
 * The scenario files shipped with the bundled editions: each one a named test, and each
 * edition's scenarios together fire every rule of it and put every line of its tables (caps,
 * accepted evidence) to work.
 */
class BundledScenariosTests {

    private static final List<ScenarioResult> RESULTS = ENGINE.runScenarios();

    @TestFactory
    Stream<DynamicTest> everyBundledScenarioPasses() {
        assertThat(RESULTS).hasSizeGreaterThanOrEqualTo(10);
        return RESULTS.stream().map(result -> DynamicTest.dynamicTest(result.edition() + "/" + result.scenario(),
                () -> assertThat(result.differences()).as(result.description()).isEmpty()));
    }

    @Test
    void theScenariosOfEachBundledEditionFireEveryRuleOfThatEdition() {
        assertThat(ENGINE.ruleIds()).containsKey("reference");
        ENGINE.ruleIds().forEach((edition, rules) -> {
            Set<String> fired = new TreeSet<>();
            RESULTS.stream().filter(result -> result.edition().equals(edition)).forEach(result -> fired.addAll(result.rulesFired()));

            assertThat(fired).as("the rules of bundled edition %s its scenarios fire", edition).containsAll(rules);
        });
    }

    @Test
    void theScenariosOfEachBundledEditionPutEveryLineOfItsTablesToWork() {
        assertThat(ENGINE.tableLinesNotShown(RESULTS)).containsKey("reference")
                .allSatisfy((edition, notShown) -> assertThat(notShown).as("bundled edition %s", edition).isEmpty());
    }
}
