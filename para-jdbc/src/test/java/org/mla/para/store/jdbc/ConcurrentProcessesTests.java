package org.mla.para.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two operators' commands started at the same moment on one H2 file both work (one serves the other). */
class ConcurrentProcessesTests {

    private static final int PROCESSES = 3;

    @TempDir
    Path folder;

    @Test
    void processesOpeningOneDatabaseFileAtOnceAllSucceed() throws Exception {
        Path database = folder.resolve("shared");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    ListApplications.class.getName(), database.toString()).redirectErrorStream(true).start());
        }
        for (Process process : processes) {
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("meetings 1");
        }
    }
}
