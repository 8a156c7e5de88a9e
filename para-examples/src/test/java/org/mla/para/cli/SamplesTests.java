package org.mla.para.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The sample portfolios shipped in {@code samples/}: each valid one is assessed by the para
 * command and compared, as a JSON object, with its expected assessment; the invalid one must
 * name every problem its expected file lists.
 */
class SamplesTests {

    private static final Path SAMPLES = Path.of("samples");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyValidSampleReproducesItsExpectedAssessment() throws IOException {
        List<Path> expected;
        try (Stream<Path> files = Files.list(SAMPLES.resolve("expected"))) {
            expected = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(expected).hasSize(5);
        return expected.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Para para = Para.run("assess", "--json", SAMPLES.resolve(file.getFileName()).toString());

            assertThat(para.err()).isEmpty();
            assertThat(para.exitCode()).isZero();
            assertThat(para.outLines()).hasSize(1);
            JsonNode actual = JSON.readTree(para.out());
            assertThat(actual).isEqualTo(JSON.readTree(file.toFile()));
        }));
    }

    @Test
    void theInvalidSampleNamesEveryProblemOfItsExpectedFile() throws IOException {
        Path sample = SAMPLES.resolve("invalid-typos.json");
        List<String> expected = Files.readAllLines(SAMPLES.resolve("expected/invalid-typos.problems.txt")).stream()
                .filter(line -> !line.isBlank()).map(line -> sample + ": " + line).toList();

        Para para = Para.run("assess", "--json", sample.toString());

        assertThat(para.exitCode()).isEqualTo(2);
        assertThat(para.out()).isEmpty();
        assertThat(para.errLines()).as("in document order").containsExactlyElementsOf(expected);
    }
}
