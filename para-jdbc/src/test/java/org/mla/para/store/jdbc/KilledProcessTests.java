package org.mla.para.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mla.para.workflow.Application;
import org.mla.para.workflow.ApplicationEvent;

/**
 * A JVM killed (SIGKILL, no shutdown hooks) in the middle of transitions on an H2 file leaves
 * every application in a state its events explain, and loses no transition it had reported done.
 */
class KilledProcessTests {

    private static final int TRANSITIONS_BEFORE_KILL = 40;

    @TempDir
    Path folder;

    @Test
    void aProcessKilledMidTransitionsLeavesEveryApplicationInAStateItsEventsExplain() throws Exception {
        Path database = folder.resolve("killed");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                TransitionsUntilKilled.class.getName(), database.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> done = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (done.size() < TRANSITIONS_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("done ")) {
                    done.add(line.substring("done ".length()));
                }
            }
            child.destroyForcibly(); // SIGKILL: mid-way through whatever it was doing
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(done).as("transitions reported before the kill").hasSize(TRANSITIONS_BEFORE_KILL);

        JdbcApplicationStore reopened = JdbcApplicationStore.h2File(database);
        List<String> recorded = new ArrayList<>();
        for (String id : reopened.applicationIds()) {
            List<ApplicationEvent> events = reopened.events(id);
            Application.replay(events); // throws unless every step, from the registration on, is a legal transition
            events.forEach(e -> recorded.add(e.applicationId() + " " + e.sequence()));
        }
        assertThat(recorded).as("every transition reported done survived the kill").containsAll(done);
    }
}
