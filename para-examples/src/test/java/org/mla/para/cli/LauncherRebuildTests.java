package org.mla.para.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./para} launcher rebuilds PARA when its sources changed since the jar was made,
 * including an edition folder dropped in with the dates its files already had (unzip, cp -a
 * keep them) and a file deleted. Run on a copy of the script, in a tree of its own, with
 * {@code mvn} and {@code java} stand-ins that only say they ran.
 */
class LauncherRebuildTests {

    private static final Path SCRIPT = Path.of("../para").toAbsolutePath().normalize();
    private static final Instant BUILT = Instant.now().minus(1, ChronoUnit.HOURS);
    private static final Instant EARLIER = BUILT.minus(1, ChronoUnit.DAYS);

    @TempDir
    Path root;

    private Path bin;
    private Path rules;

    @BeforeEach
    void aBuiltTree() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && Files.isExecutable(Path.of("/usr/bin/find")),
                "the launcher is a bash script: this test needs bash and find");
        Files.copy(SCRIPT, root.resolve("para"));
        bin = Files.createDirectories(root.resolve("stand-ins"));
        stand(bin.resolve("mvn"), "echo mvn >> \"" + root.resolve("ran") + "\"\ntouch \"" + root.resolve("para-examples/target/para.jar") + "\"");
        stand(bin.resolve("java"), "echo java >> \"" + root.resolve("ran") + "\"");
        rules = root.resolve("para-rules/src/main/resources/org/mla/para/rules");
        write(root.resolve("pom.xml"));
        write(root.resolve("para-rules/pom.xml"));
        write(rules.resolve("reference/caps.drl"));
        write(rules.resolve("reference/edition.json"));
        write(root.resolve("para-examples/target/para.jar"));
        try (var paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                Files.setLastModifiedTime(path, FileTime.from(EARLIER));
            }
        }
        Files.setLastModifiedTime(root.resolve("para-examples/target/para.jar"), FileTime.from(BUILT));
    }

    @Test
    void anUnchangedTreeIsNotRebuilt() throws Exception {
        assertThat(launch()).containsExactly("java");
    }

    @Test
    void anEditedRuleFileIsRebuilt() throws Exception {
        Files.setLastModifiedTime(rules.resolve("reference/caps.drl"), FileTime.from(Instant.now()));
        assertThat(launch()).containsExactly("mvn", "java");
    }

    @Test
    void anEditionFolderDroppedInWithItsOldDatesIsRebuilt() throws Exception {
        Path folder = rules.resolve("y2027");
        write(folder.resolve("caps.drl"));
        write(folder.resolve("edition.json"));
        for (Path path : List.of(folder.resolve("caps.drl"), folder.resolve("edition.json"), folder)) {
            Files.setLastModifiedTime(path, FileTime.from(EARLIER)); // as unzip leaves them
        }
        assertThat(launch()).containsExactly("mvn", "java");
    }

    @Test
    void aDeletedRuleFileIsRebuilt() throws Exception {
        Files.delete(rules.resolve("reference/caps.drl"));
        assertThat(launch()).containsExactly("mvn", "java");
    }

    /** Runs {@code ./para assess x.json}; what ran, in order. */
    private List<String> launch() throws Exception {
        ProcessBuilder launcher = new ProcessBuilder("/bin/bash", root.resolve("para").toString(), "assess", "x.json")
                .redirectErrorStream(true).redirectOutput(root.resolve("output.txt").toFile()).directory(root.toFile());
        launcher.environment().put("PATH", bin + ":/usr/bin:/bin");
        Process process = launcher.start();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(root.resolve("output.txt"))).isZero();
        return Files.exists(root.resolve("ran")) ? Files.readAllLines(root.resolve("ran")) : List.of();
    }

    private static void stand(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }
}
