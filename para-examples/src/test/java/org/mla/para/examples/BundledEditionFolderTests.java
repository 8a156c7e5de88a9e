package org.mla.para.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A folder dropped beside {@code reference/} in para-rules is a new bundled edition, as the
 * maintainers' guide says: a copy of para-rules with a second edition folder (a copy of the
 * reference edition with its own id, date and package line) is built by Maven outside the
 * reactor, and the jar it makes bundles both editions, precompiled, which the engine serves
 * each on its own dates. Before the package lines are changed, the build stops with one line per
 * rule file saying what to write.
 *
 * <p>Runs in the integration-test phase (failsafe), after para-model's jar is made.
 */
class BundledEditionFolderTests {

    private static final Path WORK = ChildBuild.MODULE.resolve("target/bundled-edition-folder");
    private static final String RULES = "src/main/resources/org/mla/para/rules/";

    @Test
    void aCopiedEditionFolderIsBundledPrecompiledBesideTheReferenceOnceItsPackageLinesNameItsFolder() throws Exception {
        ChildBuild.deleteRecursively(WORK);
        Path repository = WORK.resolve("repository");
        ChildBuild.put(repository, "para-parent", ChildBuild.ROOT.resolve("pom.xml"), null);
        ChildBuild.put(repository, "para-model", ChildBuild.ROOT.resolve("para-model/pom.xml"), ChildBuild.jarOf("para-model"));
        Path project = WORK.resolve("project/para-rules");
        ChildBuild.copyRecursively(ChildBuild.ROOT.resolve("para-rules"), project);
        Path settings = ChildBuild.settings(WORK, repository);

        // What the guide says to do: copy the folder, give edition.json its own id, title and date...
        Path edition = project.resolve(RULES + "y2027");
        ChildBuild.copyRecursively(project.resolve(RULES + "reference"), edition);
        Path descriptor = edition.resolve("edition.json");
        Files.writeString(descriptor, Files.readString(descriptor).replace("\"id\": \"reference\"", "\"id\": \"y2027\"")
                .replace("\"effectiveFrom\": \"2020-03-12\"", "\"effectiveFrom\": \"2027-01-01\""));
        assertThat(Files.readString(descriptor)).contains("\"y2027\"", "\"2027-01-01\"");

        // ... forgetting the package lines at first: the build names each file and the line to write.
        ChildBuild.Result refused = ChildBuild.run(project, settings, WORK.resolve("refused.log"), "-DskipTests", "package");
        assertThat(refused.exitCode()).as("the build with the reference's package lines; its log: %s", refused.log()).isNotZero();
        assertThat(refused.output()).contains("src/main/resources/org/mla/para/rules/y2027/caps.drl:1: the package line must be"
                + " \"package org.mla.para.rules.y2027;\" for an edition in folder org/mla/para/rules/y2027"
                + " (it is \"package org.mla.para.rules.reference;\")");
        assertThat(refused.output()).as("stopped before the rule compiler's own (many, obscure) messages")
                .doesNotContain("Duplicate rule name");

        List<Path> ruleFiles = ruleFiles(edition);
        for (Path file : ruleFiles) {
            Files.writeString(file, Files.readString(file).replaceFirst("package org\\.mla\\.para\\.rules\\.reference;",
                    "package org.mla.para.rules.y2027;"));
        }
        ChildBuild.Result built = ChildBuild.run(project, settings, WORK.resolve("build.log"), "-DskipTests", "package");
        assertThat(built.exitCode()).as("the build with two editions; the end of its log (%s):%n%s", built.log(), built.tail())
                .isZero();

        Path jar = project.resolve("target/para-rules-" + ChildBuild.version() + ".jar");
        try (JarFile contents = new JarFile(jar.toFile())) {
            assertThat(text(contents, "META-INF/para-editions")).isEqualTo("org/mla/para/rules/reference\norg/mla/para/rules/y2027\n");
            assertThat(text(contents, "META-INF/kie/org.mla.para/para-rules/drools-model").lines())
                    .anyMatch(line -> line.startsWith("org.mla.para.rules.reference.Rules"))
                    .anyMatch(line -> line.startsWith("org.mla.para.rules.y2027.Rules"));
        }

        int rules = rulesIn(ruleFiles);
        long scenarios;
        try (Stream<Path> files = Files.list(edition.resolve("scenarios"))) {
            scenarios = files.filter(f -> f.toString().endsWith(".json")).count();
        }
        List<String> probe = probe(jar, ChildBuild.MODULE.resolve("samples/level1-eligible-jane.json"), "2026-02-20", "2027-02-20");
        assertThat(probe).containsExactly(
                "edition org/mla/para/rules/reference reference from 2020-03-12 precompiled " + rules + " rules",
                "edition org/mla/para/rules/y2027 y2027 from 2027-01-01 precompiled " + rules + " rules",
                "engine reference y2027",
                "assessed 2026-02-20 by reference",
                "assessed 2027-02-20 by y2027",
                "scenarios reference " + scenarios + " passed 0 failed",
                "scenarios y2027 " + scenarios + " passed 0 failed");
    }

    /** Runs {@link BundledEditionsProbe} on this test's class path, with {@code rulesJar} in place of para-rules. */
    private static List<String> probe(Path rulesJar, Path portfolio, String... dates) throws Exception {
        List<String> classPath = new ArrayList<>(List.of(rulesJar.toString()));
        for (String entry : testClassPath()) {
            if (!isParaRules(entry)) {
                classPath.add(entry);
            }
        }
        assertThat(classPath).as("para-rules left the class path").hasSizeLessThan(testClassPath().size() + 1);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", String.join(File.pathSeparator, classPath),
                BundledEditionsProbe.class.getName(), portfolio.toString()));
        command.addAll(List.of(dates));
        Path output = WORK.resolve("probe.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the probe took more than 2 minutes; its output: " + output);
        }
        List<String> lines = Files.readAllLines(output);
        assertThat(process.exitValue()).as("the probe's exit status; it printed:%n%s", String.join("\n", lines)).isZero();
        return lines;
    }

    private static boolean isParaRules(String entry) {
        Path path = Path.of(entry);
        return path.endsWith(Path.of("para-rules", "target", "classes"))
                || path.getFileName().toString().equals("para-rules-" + ChildBuild.version() + ".jar");
    }

    /** The test JVM's class path; failsafe may hand it over in the manifest of a jar of its own. */
    private static List<String> testClassPath() throws IOException {
        List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
            try (JarFile booter = new JarFile(entries.get(0))) {
                String manifestPath = booter.getManifest() == null ? null
                        : booter.getManifest().getMainAttributes().getValue("Class-Path");
                if (manifestPath != null) {
                    URI base = Path.of(entries.get(0)).toUri();
                    List<String> expanded = new ArrayList<>();
                    for (String url : manifestPath.trim().split("\\s+")) {
                        expanded.add(Path.of(base.resolve(url)).toString());
                    }
                    return expanded;
                }
            }
        }
        return entries;
    }

    private static List<Path> ruleFiles(Path edition) throws IOException {
        try (Stream<Path> files = Files.list(edition)) {
            List<Path> rules = files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
            assertThat(rules).isNotEmpty();
            return rules;
        }
    }

    /** How many rules the files declare: lines starting {@code rule "}. */
    private static int rulesIn(List<Path> files) throws IOException {
        int rules = 0;
        for (Path file : files) {
            rules += (int) Files.readAllLines(file).stream().filter(line -> line.startsWith("rule \"")).count();
        }
        return rules;
    }

    private static String text(JarFile jar, String entry) throws IOException {
        assertThat(jar.getJarEntry(entry)).as("%s in the jar", entry).isNotNull();
        return new String(jar.getInputStream(jar.getJarEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
    }
}
