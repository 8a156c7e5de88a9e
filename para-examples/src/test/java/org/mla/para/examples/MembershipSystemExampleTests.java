package org.mla.para.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MembershipSystemExampleTests {

    @Test
    void theExampleAssessesExplainsAndReportsProblems() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MembershipSystemExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).startsWith("Ana Silva, Level 1: eligible with ")
                .containsPattern("course-1 +45 points by EDU-COLLEGE-COURSE")
                .containsPattern("mls-2025-04 +12 points by EDU-WORKSHOP")
                .contains("Records to fix before assessing:")
                .contains("  claims[0].area: unknown area \"CATALOGING\"")
                .contains("  claims[0].hours: must be between 1 and 40 (was 0.5)");
    }
}
