package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that embeds the engine hears nothing from it: in a JVM of its own, with the
 * library's classpath and slf4j-simple at its defaults (INFO, to standard error) as an
 * embedder would add it, and no system property, an engine that starts, assesses and refuses
 * an invalid portfolio writes nothing to standard error, and nothing but the program's own
 * lines to standard output.
 */
class QuietEmbeddingTests {

    private static final String PROGRAM = """
            import java.time.LocalDate;
            import org.mla.para.engine.InvalidPortfolioException;
            import org.mla.para.engine.ParaEngine;
            import org.mla.para.model.*;

            public class Embedder {
                public static void main(String[] args) {
                    ParaEngine engine = ParaEngine.bundled();
                    Portfolio portfolio = Portfolio.of(Applicant.of("A-1", "Jane Doe"), 1, LocalDate.of(2025, 9, 1))
                            .withClaims(Workshop.of("w1", "Readers' Advisory").withArea("REFERENCE")
                                    .withDate(LocalDate.of(2025, 4, 10)).withHours("2.5").withEvidence(EvidenceKind.CERTIFICATE));
                    Assessment assessment = engine.assess(portfolio, LocalDate.of(2026, 2, 20));
                    System.out.println("assessed: " + assessment.totalPoints() + " points");
                    try {
                        engine.assess(portfolio.withClaims(Workshop.of("w2", "Half an hour").withArea("CATALOGING")),
                                LocalDate.of(2026, 2, 20));
                    } catch (InvalidPortfolioException e) {
                        System.out.println("refused: " + e.problems().size() + " problems");
                    }
                }
            }
            """;

    @Test
    void anAssessmentThroughTheLibraryWritesNothingToStandardError(@TempDir Path folder) throws Exception {
        Path source = folder.resolve("Embedder.java");
        Files.writeString(source, PROGRAM);
        // The library and its dependencies, with slf4j-simple; not this module's test classes and resources
        // (their simplelogger.properties sets WARN, which an embedder would not have).
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(classpath).contains("slf4j-simple");
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process embedder = new ProcessBuilder(List.of(java, "-cp", classpath, source.toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(embedder.waitFor(120, TimeUnit.SECONDS)).as("the embedding program ends").isTrue();

        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).as("standard output: only what the program printed itself")
                .hasSize(2).satisfiesExactly(line -> assertThat(line).matches("assessed: \\d+ points"),
                        line -> assertThat(line).matches("refused: \\d+ problems"));
        assertThat(embedder.exitValue()).isZero();
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).as("standard error").isEmpty();
    }
}
