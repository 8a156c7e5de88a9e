package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mla.para.engine.Fixtures.AS_OF;
import static org.mla.para.engine.Fixtures.ENGINE;
import static org.mla.para.engine.Fixtures.level;
import static org.mla.para.engine.Fixtures.workshop;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mla.para.model.Claim;

class LimitsTests {

    private static List<String> problems(ParaEngine engine, String json) {
        try {
            engine.assessJson(json, AS_OF);
        } catch (InvalidPortfolioException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the portfolio to be refused");
    }

    @Test
    void theDefaultsAreDocumented() {
        assertThat(ENGINE.limits()).isEqualTo(new Limits(1_000_000, 1_000, 1_000));
    }

    @Test
    void aDocumentBeyondTheLimitIsNotRead() {
        String json = InvalidPortfolioTests.portfolio("", "{}") + " ".repeat(1_000_001);

        assertThat(problems(ENGINE, json)).singleElement().asString()
                .matches("\\$: the document is \\d+ characters long; at most 1000000 are read");
    }

    @Test
    void aTextBeyondTheLimitIsRefused() {
        String json = InvalidPortfolioTests.portfolio("", """
                { "id": "w1", "type": "WORKSHOP", "title": "%s", "area": "REFERENCE",
                  "date": "2025-01-10", "hours": 2, "evidence": ["CERTIFICATE"] }""".formatted("t".repeat(1_001)));

        assertThat(problems(ENGINE, json)).containsExactly("claims[0].title: must be at most 1000 characters long (was 1001)");
    }

    @Test
    void limitsAreConfigurable() {
        ParaEngine strict = ParaEngine.builder().withBundledEditions().withLimits(new Limits(100_000, 2, 50)).build();
        String workshop = """
                { "id": "w%d", "type": "WORKSHOP", "title": "Workshop", "area": "REFERENCE",
                  "date": "2025-01-10", "hours": 2, "evidence": ["CERTIFICATE"] }""";

        assertThat(problems(strict, InvalidPortfolioTests.portfolio("", workshop.formatted(1), workshop.formatted(2),
                workshop.formatted(3)))).containsExactly("claims: lists 3 claims; at most 2 are accepted");
        List<Claim> three = new ArrayList<>(List.of(workshop("w1", "1"), workshop("w2", "1"), workshop("w3", "1")));
        assertThatThrownBy(() -> strict.assess(level(1).with(three.toArray(Claim[]::new)).portfolio(), AS_OF))
                .isInstanceOfSatisfying(InvalidPortfolioException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("claims", "lists 3 claims; at most 2 are accepted")));
        assertThatThrownBy(() -> new Limits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
