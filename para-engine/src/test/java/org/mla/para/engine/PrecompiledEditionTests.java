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
        assertThat(loaded.ruleIds()).isEqualTo(compiledNow.ruleIds()).hasSizeGreaterThan(40);
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
}
