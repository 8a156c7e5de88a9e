package org.mla.para.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShownOutputTests {

    private static final List<String> PRINTED = List.of("PASS a", "FAIL b: x: expected 1, was 2; y: expected 3, was 4", "PASS c",
            "FAIL d: z: expected 5, was 6", "2 passed, 2 failed");

    @Test
    void outputShownInFullMatchesOnlyTheSameLines() {
        assertThat(ShownOutput.firstMismatch(PRINTED, PRINTED)).isEqualTo(-1);
        assertThat(ShownOutput.firstMismatch(List.of("PASS a", "FAIL b: x: expected 1, was 2; y: expected 3, was 4", "PASS c",
                "FAIL d: z: expected 5, was 6", "2 passed, 1 failed"), PRINTED)).isEqualTo(4);
    }

    @Test
    void aLineOfThreeDotsStandsForAnyNumberOfLinesNoneIncluded() {
        assertThat(ShownOutput.firstMismatch(List.of("PASS a", "...", "2 passed, 2 failed"), PRINTED)).isEqualTo(-1);
        assertThat(ShownOutput.firstMismatch(List.of("...", "PASS a", "...", "PASS c", "...", "2 passed, 2 failed", "..."), PRINTED))
                .isEqualTo(-1);
        assertThat(ShownOutput.firstMismatch(List.of("PASS a", "...", "PASS a", "..."), PRINTED)).as("a line is not shown twice")
                .isEqualTo(2);
    }

    @Test
    void aLineEndingInThreeDotsMatchesAPrintedLineStartingWithWhatComesBefore() {
        assertThat(ShownOutput.firstMismatch(List.of("PASS a", "FAIL b: x: expected 1, was 2; ...", "..."), PRINTED)).isEqualTo(-1);
        assertThat(ShownOutput.firstMismatch(List.of("PASS a", "FAIL b: x: expected 1, was 3; ...", "..."), PRINTED)).isEqualTo(1);
    }

    @Test
    void linesPrintedBeyondWhatIsShownAreAMismatchAtTheEndOfTheShownLines() {
        assertThat(ShownOutput.firstMismatch(List.of("PASS a", "FAIL b: ..."), PRINTED)).isEqualTo(2);
        assertThat(ShownOutput.firstMismatch(List.of(), List.of())).isEqualTo(-1);
    }
}
