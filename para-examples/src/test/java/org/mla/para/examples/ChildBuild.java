package org.mla.para.examples;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Maven build of a project outside PARA's reactor, run by a test in the integration-test
 * phase: PARA's artifacts are put, as {@code mvn install} would, into a repository of the
 * build's own under target/, so that nothing reaches the machine's Maven repository; everything
 * else comes from the repository of the outer build, so that it works offline too.
 */
final class ChildBuild {

    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path ROOT = MODULE.getParent();

    private ChildBuild() {
    }

    /** What a build printed and how it ended. */
    record Result(int exitCode, String output, Path log) {

        /** The end of the log, for a failed assertion's message. */
        String tail() {
            List<String> lines = output.lines().toList();
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
    }

    /** PARA's version, set by failsafe. */
    static String version() {
        return property("para.version");
    }

    /** Puts a module's pom, and its jar unless {@code jar} is null, where {@code mvn install} would. */
    static void put(Path repository, String artifactId, Path pom, Path jar) throws IOException {
        String version = version();
        Path folder = repository.resolve("org/mla/para").resolve(artifactId).resolve(version);
        Files.createDirectories(folder);
        Files.copy(pom, folder.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            Files.copy(jar, folder.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The jar the reactor made of {@code module}; fails when it is not there. */
    static Path jarOf(String module) {
        Path jar = ROOT.resolve(module).resolve("target").resolve(module + "-" + version() + ".jar");
        if (!Files.isRegularFile(jar)) {
            fail("no " + jar + ": this test runs in the integration-test phase of a build of every module (mvn verify)");
        }
        return jar;
    }

    /**
     * Settings for a child build: {@code repository} as its local repository, and the outer
     * build's repository as the only remote one.
     */
    static Path settings(Path work, Path repository) throws IOException {
        Path outerRepository = Path.of(property("para.outer.repository"));
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <localRepository>%1$s</localRepository>
                  <mirrors>
                    <mirror>
                      <id>this-build</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%2$s</url>
                    </mirror>
                  </mirrors>
                  <profiles>
                    <profile>
                      <!-- A local repository keeps no checksums of some files: nothing to check them against. -->
                      <id>this-build</id>
                      <repositories>
                        <repository>
                          <id>central</id>
                          <url>%2$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><enabled>false</enabled></snapshots>
                        </repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository>
                          <id>central</id>
                          <url>%2$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><enabled>false</enabled></snapshots>
                        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>this-build</activeProfile>
                  </activeProfiles>
                </settings>
                """.formatted(repository, outerRepository.toUri()));
        return settings;
    }

    /** Runs Maven in {@code project} with {@code settings} and {@code arguments}, its log in {@code log}. */
    static Result run(Path project, Path settings, Path log, String... arguments) throws IOException, InterruptedException {
        Path maven = Path.of(property("maven.home"), "bin", "mvn");
        List<String> command = new ArrayList<>(List.of(maven.toString(), "-B", "-ntp", "-s", settings.toString()));
        command.addAll(List.of(arguments));
        Process build = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!build.waitFor(5, TimeUnit.MINUTES)) {
            build.destroyForcibly();
            fail("the build in " + project + " took more than 5 minutes; its log: " + log);
        }
        return new Result(build.exitValue(), Files.readString(log), log);
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            fail("system property " + name + " is not set: run this test through Maven (failsafe sets it)");
        }
        return value;
    }

    /** Copies {@code from} into {@code to}, leaving out any folder named {@code target}. */
    static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                if (relative.getNameCount() > 0 && relative.getName(0).toString().equals("target")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
