package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mla.para.engine.Fixtures.AS_OF;
import static org.mla.para.engine.Fixtures.level;
import static org.mla.para.engine.Fixtures.workshop;
import static org.mla.para.model.EvidenceKind.CERTIFICATE;
import static org.mla.para.model.RequirementName.TOTAL;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mla.para.model.Assessment;

/** Edition selection, with the fixture edition of the test resources: effective 2026-01-01, Level 1 needs 120, workshops earn 6 an hour. */
class EditionsTests {

    static final Path FIXTURES = fixtures();
    static final ParaEngine BOTH = ParaEngine.builder().withBundledEditions().withEditionsIn(FIXTURES).build();

    private static Path fixtures() {
        try {
            return Path.of(EditionsTests.class.getClassLoader().getResource("editions").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void editionsAreKnownOldestFirst() {
        assertThat(BOTH.editions()).extracting(Edition::effectiveFrom).isSorted();
        assertThat(BOTH.editions()).extracting(Edition::id).containsSubsequence("reference", "fixture-2026");
    }

    @Test
    void aPortfolioRegisteredBeforeTheLaterEditionIsAssessedByTheEarlierOne() {
        Assessment assessment = BOTH.assess(level(1).registeredOn("2025-12-31").with(workshop("w1", "2")).portfolio(), AS_OF);

        assertThat(assessment.edition()).isEqualTo("reference");
        assertThat(assessment.claim("w1").orElseThrow().points()).isEqualTo(10);
        assertThat(assessment.requirement(TOTAL).required()).isEqualTo(100);
    }

    @Test
    void aPortfolioRegisteredOnTheLaterEditionsFirstDayIsAssessedByIt() {
        Assessment assessment = BOTH.assess(level(1).registeredOn("2026-01-01").with(workshop("w1", "2")).portfolio(), AS_OF);

        assertThat(assessment.edition()).isEqualTo("fixture-2026");
        assertThat(assessment.claim("w1").orElseThrow().points()).isEqualTo(12);
        assertThat(assessment.requirement(TOTAL).required()).isEqualTo(120);
    }

    @Test
    void areasAreTheEditionInForces() {
        var digital = workshop("w1", "2", "2025-06-01", "DIGITAL_SERVICES", CERTIFICATE);

        assertThat(BOTH.assess(level(1).registeredOn("2026-01-15").with(digital).portfolio(), AS_OF).pointsIn("DIGITAL_SERVICES"))
                .isEqualTo(12);
        assertThatThrownBy(() -> BOTH.assess(level(1).registeredOn("2025-06-01").with(digital).portfolio(), AS_OF))
                .isInstanceOfSatisfying(InvalidPortfolioException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("claims[0].area"));
    }

    @Test
    void twoEditionsWithTheSameIdOrDateAreRefused() {
        assertThatThrownBy(() -> ParaEngine.builder().withEditionsIn(FIXTURES).withEditionsIn(FIXTURES).build())
                .isInstanceOfSatisfying(RuleEditionException.class, e -> assertThat(e.problems()).extracting(Problem::message)
                        .anyMatch(m -> m.startsWith("id: \"fixture-2026\" is also the id of "))
                        .anyMatch(m -> m.startsWith("effectiveFrom: 2026-01-01 is also the effectiveFrom of ")));
    }
}
