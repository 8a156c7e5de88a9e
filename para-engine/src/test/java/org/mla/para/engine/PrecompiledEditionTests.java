package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mla.para.engine.internal.CompiledEdition;
import org.mla.para.engine.internal.EditionSource;

/**
 * The bundled edition runs from the executable model its build precompiled; a copy of the same
 * rule files compiled at run time must assess every portfolio exactly alike.
 */
class PrecompiledEditionTests {

    private static final Path REFERENCE_SOURCES = Path.of("../para-rules/src/main/resources/org/mla/para/rules/reference");

    @Test
    void theBundledEditionIsLoadedPrecompiledAndHasEveryRule() {
        EditionSource bundled = EditionSource.bundled(ParaEngine.class.getClassLoader()).get(0);
        assertThat(bundled.loader()).isNotNull();
        CompiledEdition loaded = CompiledEdition.compile(bundled);
        CompiledEdition compiledNow = CompiledEdition.compileNow(EditionSource.inDirectory(REFERENCE_SOURCES).get(0));
        assertThat(loaded.precompiled()).as("loaded from the model the build precompiled").isTrue();
        assertThat(compiledNow.precompiled()).isFalse();
        assertThat(loaded.ruleIds()).isEqualTo(compiledNow.ruleIds()).hasSize(rulesIn(REFERENCE_SOURCES));
    }

    @Test
    void precompiledRulesThatAreNotTheEditionsOwnAreNotUsed() {
        EditionSource bundled = EditionSource.bundled(ParaEngine.class.getClassLoader()).get(0);
        java.util.Map<String, String> fewer = new java.util.LinkedHashMap<>(bundled.rules());
        fewer.remove("review.drl");
        EditionSource edited = new EditionSource(bundled.location(), bundled.edition(), fewer, null, bundled.scenarios(),
                bundled.loader());
        CompiledEdition loaded = CompiledEdition.compile(edited);
        assertThat(loaded.precompiled()).as("the model holds review.drl's rules too: it is not this edition's").isFalse();
        assertThat(loaded.ruleIds()).noneMatch(id -> id.startsWith("REVIEW-")).contains("EDU-WORKSHOP");
    }

    @Test
    void precompiledAndRunTimeCompiledRulesAssessEveryPortfolioAlike() {
        ParaEngine precompiled = ParaEngine.bundled();
        ParaEngine compiledNow = ParaEngine.fromDirectory(REFERENCE_SOURCES);
        LocalDate asOf = PortfolioGenerators.AS_OF;
        qt().withFixedSeed(Long.getLong("para.seed", 20261127L)).withExamples(Integer.getInteger("para.examples", 200))
                .forAll(PortfolioGenerators.portfolios())
                .checkAssert(portfolio -> assertThat(precompiled.assess(portfolio, asOf))
                        .isEqualTo(compiledNow.assess(portfolio, asOf)));
    }

    /** How many rules the edition's files declare: a line starting {@code rule "}. */
    private static int rulesIn(Path edition) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(edition)) {
            return files.filter(file -> file.toString().endsWith(".drl")).mapToInt(file -> {
                try {
                    return (int) java.nio.file.Files.readAllLines(file).stream().filter(line -> line.startsWith("rule \"")).count();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
