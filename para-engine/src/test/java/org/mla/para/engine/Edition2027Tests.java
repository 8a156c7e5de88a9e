package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mla.para.model.Applicant;
import org.mla.para.model.Assessment;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Workshop;

/**
 * A 2027 edition made as a maintainer makes one: a copy of the reference edition's folder with
 * five changes in its rule files (workshops at 6 points an hour, Level 2's TOTAL 20 higher, a
 * new area, at most 3 presentations and at most 15 points of conferences per portfolio), its
 * own scenarios, and nothing else: no Java, no registration of the folder.
 */
class Edition2027Tests {

    private static final Path EDITION = Path.of("src/test/resources/edition-2027");
    private static final Path REFERENCE = Path.of("../para-rules/src/main/resources/org/mla/para/rules/reference");

    @Test
    void theEditionPassesTheRuleCheckAndItsScenariosFireEveryRule() {
        ParaEngine engine = ParaEngine.fromDirectory(EDITION);

        assertThat(engine.checkRules()).isEmpty();
        List<ScenarioResult> results = engine.runScenarios();
        assertThat(results).hasSizeGreaterThanOrEqualTo(16).allSatisfy(r -> assertThat(r.differences()).as(r.scenario()).isEmpty());
        assertThat(engine.rulesNotFired(results).get("edition-2027")).isEmpty();
    }

    @Test
    void aPortfolioIsAssessedUnderTheEditionInForceOnItsRegistrationDay() {
        // The reference edition from its folder, not the bundled editions: a bundled one of 2027 would clash with this one.
        ParaEngine engine = ParaEngine.builder().withEditionsIn(REFERENCE).withEditionsIn(EDITION).build();

        Assessment before = engine.assess(registeredOn(LocalDate.of(2026, 12, 31)));
        Assessment after = engine.assess(registeredOn(LocalDate.of(2027, 1, 1)));

        assertThat(before.edition()).isEqualTo("reference");
        assertThat(before.claim("w1").orElseThrow().points()).isEqualTo(10);
        assertThat(after.edition()).isEqualTo("edition-2027");
        assertThat(after.claim("w1").orElseThrow().points()).isEqualTo(12);
    }

    private static Portfolio registeredOn(LocalDate day) {
        return new Portfolio(new Applicant("A-2027", "Pat Doe", null, null), 1, day, LocalDate.of(2027, 2, 1), List.of(),
                List.of(new Workshop("w1", "Reference Interviews", "REFERENCE", LocalDate.of(2026, 10, 15), new java.math.BigDecimal("2"),
                        List.of(EvidenceKind.CERTIFICATE))));
    }
}
