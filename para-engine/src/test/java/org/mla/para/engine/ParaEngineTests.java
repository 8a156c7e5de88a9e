package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mla.para.engine.Fixtures.AS_OF;
import static org.mla.para.engine.Fixtures.ENGINE;
import static org.mla.para.engine.Fixtures.level;
import static org.mla.para.engine.Fixtures.workshop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mla.para.model.Assessment;
import org.mla.para.model.Portfolio;
import org.quicktheories.QuickTheory;

class ParaEngineTests {

    private static final String REFERENCE = "org/mla/para/rules/reference/";
    private static final List<String> RULE_FILES = List.of("edition.json", "window.drl", "evidence.drl", "education.drl",
            "experience.drl", "activities.drl", "caps.drl", "review.drl", "levels.drl");

    @Test
    void theBundledEngineKnowsTheReferenceEditionAndItsSevenAreas() {
        // Other bundled editions may sit beside it: a maintainer adds one by adding its folder to para-rules.
        assertThat(ENGINE.editions()).filteredOn(edition -> edition.id().equals("reference")).singleElement().satisfies(edition -> {
            assertThat(edition.effectiveFrom()).isEqualTo(LocalDate.of(2020, 3, 12));
            assertThat(edition.areaCodes()).containsExactly("PUBLIC_SERVICES", "REFERENCE", "TECHNICAL_SERVICES",
                    "TECHNOLOGY", "ADMINISTRATION", "YOUTH_SERVICES", "GENERAL");
        });
    }

    @Test
    void theSubmissionDateIsTheAssessmentDateAndTheCallersDateOnlyAFallback() {
        Portfolio submitted = level(1).with(workshop("w1", "1")).portfolio();
        Portfolio draft = new Portfolio(submitted.applicant(), 1, submitted.registeredOn(), null, List.of(), submitted.claims());

        assertThat(ENGINE.assess(submitted, LocalDate.of(2026, 5, 1)).asOf()).isEqualTo(AS_OF);
        assertThat(ENGINE.assess(draft, LocalDate.of(2026, 5, 1)).asOf()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void concurrentAssessmentsGiveTheSequentialResults() throws Exception {
        List<Portfolio> inputs = new ArrayList<>();
        QuickTheory.qt().withFixedSeed(7).withExamples(64).forAll(PortfolioGenerators.portfolios()).checkAssert(inputs::add);
        List<Assessment> sequential = inputs.stream().map(p -> ENGINE.assess(p, AS_OF)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Assessment>> parallel = new ArrayList<>();
            for (Portfolio portfolio : inputs) {
                parallel.add(pool.submit(() -> ENGINE.assess(portfolio, AS_OF)));
            }
            for (int i = 0; i < inputs.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPointValueChangedInARuleFileChangesTheAssessmentWithoutJava(@TempDir Path dir) throws IOException {
        Path edition = copyReferenceEdition(dir.resolve("edited"));
        Path education = edition.resolve("education.drl");
        String rules = Files.readString(education);
        Files.writeString(education, rules.replace("Points.times($workshop.hours(), 5)", "Points.times($workshop.hours(), 6)"));

        ParaEngine edited = ParaEngine.fromDirectory(dir);
        Portfolio portfolio = level(1).with(workshop("w1", "2")).portfolio();

        assertThat(edited.assess(portfolio, AS_OF).claim("w1").orElseThrow().points()).isEqualTo(12);
        assertThat(ENGINE.assess(portfolio, AS_OF).claim("w1").orElseThrow().points()).isEqualTo(10);
    }

    @Test
    void theEditionInForceIsTheLatestEffectiveOnOrBeforeRegistration(@TempDir Path dir) throws IOException {
        copyReferenceEdition(dir.resolve("a-reference"));
        Path later = copyReferenceEdition(dir.resolve("b-later"));
        Files.writeString(later.resolve("edition.json"), Files.readString(later.resolve("edition.json"))
                .replace("\"reference\"", "\"later\"").replace("2020-03-12", "2025-10-01"));
        ParaEngine engine = ParaEngine.fromDirectory(dir);

        assertThat(engine.editions()).extracting(Edition::id).containsExactly("reference", "later");
        assertThat(engine.assess(level(1).registeredOn("2025-09-30").with(workshop("w1", "1")).portfolio(), AS_OF).edition())
                .isEqualTo("reference");
        assertThat(engine.assess(level(1).registeredOn("2025-10-01").with(workshop("w1", "1")).portfolio(), AS_OF).edition())
                .isEqualTo("later");
    }

    @Test
    void anEditionWithoutLevelRulesIsReportedAsBrokenRulesNotAsAnAssessment(@TempDir Path dir) throws IOException {
        Path edition = copyReferenceEdition(dir.resolve("partial"));
        Files.delete(edition.resolve("levels.drl"));
        ParaEngine partial = ParaEngine.fromDirectory(dir);

        assertThatThrownBy(() -> partial.assess(level(1).with(workshop("w1", "1")).portfolio(), AS_OF))
                .isInstanceOf(RuleEditionException.class)
                .hasMessageContaining("no rule placed the points of claim w1");
    }

    @Test
    void anEditionWithoutAPointsRuleForAClaimTypeIsBrokenRulesNamingTheClaim(@TempDir Path dir) throws IOException {
        Path edition = copyReferenceEdition(dir.resolve("partial"));
        Path education = edition.resolve("education.drl");
        String rules = Files.readString(education);
        int start = rules.indexOf("rule \"Workshop: 5 points per contact hour\"");
        Files.writeString(education, rules.substring(0, start) + rules.substring(rules.indexOf("end\n", start) + 4));
        ParaEngine partial = ParaEngine.fromDirectory(dir);

        assertThatThrownBy(() -> partial.assess(level(1).with(workshop("w1", "1")).portfolio(), AS_OF))
                .isInstanceOf(RuleEditionException.class)
                .hasMessageContaining(dir.resolve("partial") + ": no rule scored claim w1 (WORKSHOP): no rule matches a Workshop");
    }

    @Test
    void aDescriptorWithMissingFieldsIsRefusedWithEachOne(@TempDir Path dir) throws IOException {
        Path edition = copyReferenceEdition(dir.resolve("bad"));
        Files.writeString(edition.resolve("edition.json"), "{ \"id\": \"bad\", \"effectiveFrom\": \"12 March 2020\" }");

        assertThatThrownBy(() -> ParaEngine.fromDirectory(dir))
                .isInstanceOfSatisfying(RuleEditionException.class, e -> assertThat(e.problems()).extracting(Problem::message)
                        .containsExactly("title: is required (a non-blank string)",
                                "effectiveFrom: must be a date as yyyy-MM-dd (was \"12 March 2020\")",
                                "areas: must list the edition's areas as [{\"code\": ..., \"name\": ...}]"));
    }

    static Path copyReferenceEdition(Path target) throws IOException {
        Files.createDirectories(target);
        for (String file : RULE_FILES) {
            try (InputStream in = ParaEngine.class.getClassLoader().getResourceAsStream(REFERENCE + file)) {
                Files.copy(in, target.resolve(file));
            }
        }
        return target;
    }
}
