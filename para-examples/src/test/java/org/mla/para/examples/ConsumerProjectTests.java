package org.mla.para.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's dependency block works for a project outside PARA's build: a small membership
 * system (src/test/consumer-project) with the block pasted into its pom is built by Maven
 * against PARA's artifacts, installed as {@code mvn install} would, but into a repository of its
 * own under target/ so that nothing reaches the machine's Maven repository. Everything else the
 * project needs comes from the repository of this build, so it works offline too.
 *
 * <p>Runs in the integration-test phase (failsafe), after every module's jar is made.
 */
class ConsumerProjectTests {

    private static final List<String> LIBRARIES = List.of("para-model", "para-rules", "para-engine", "para-testkit", "para-jdbc");
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ROOT = MODULE.getParent();
    private static final Path WORK = MODULE.resolve("target/consumer-project");

    @Test
    void aProjectWithTheReadmesDependencyBlockBuildsAndPassesItsTests() throws Exception {
        String version = property("para.version");
        Path outerRepository = Path.of(property("para.outer.repository"));
        deleteRecursively(WORK);
        Path repository = WORK.resolve("repository");
        Path project = WORK.resolve("project");

        install(version, repository);
        copyRecursively(MODULE.resolve("src/test/consumer-project"), project);
        Path pom = project.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<!-- README -->", withTestKit(readmeBlock())));
        Path settings = WORK.resolve("settings.xml");
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

        Path log = WORK.resolve("build.log");
        Path maven = Path.of(property("maven.home"), "bin", "mvn");
        Process build = new ProcessBuilder(maven.toString(), "-B", "-ntp", "-s", settings.toString(), "verify")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!build.waitFor(5, TimeUnit.MINUTES)) {
            build.destroyForcibly();
            fail("the consumer project's build took more than 5 minutes; its log: " + log);
        }
        String output = Files.readString(log);

        assertThat(build.exitValue()).as("the consumer project's build; the end of its log (%s):%n%s", log, tail(output))
                .isZero();
        assertThat(output).contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0").contains("BUILD SUCCESS");
        assertThat(repository.resolve("org/mla/para/para-engine/" + version)).isDirectory();
        assertThat(repository.resolve("io/javalin")).as("the library brings no web server").doesNotExist();
    }

    /** The README's first XML block: the one embedding developers copy. */
    private static String readmeBlock() throws IOException {
        Matcher block = Pattern.compile("```xml\\R(.*?)```", Pattern.DOTALL).matcher(Files.readString(ROOT.resolve("README.md")));
        assertThat(block.find()).as("an ```xml block in the README").isTrue();
        assertThat(block.group(1)).contains("<artifactId>para-bom</artifactId>", "<artifactId>para-engine</artifactId>",
                "<artifactId>para-testkit</artifactId>", "<artifactId>para-jdbc</artifactId>");
        return block.group(1);
    }

    /** The consumer's own test framework, beside what the README gives. */
    private static String withTestKit(String block) {
        int end = block.lastIndexOf("</dependencies>");
        assertThat(end).as("the README's block lists dependencies").isPositive();
        return block.substring(0, end) + """
                  <dependency>
                    <groupId>org.junit.jupiter</groupId>
                    <artifactId>junit-jupiter</artifactId>
                    <version>5.14.4</version>
                    <scope>test</scope>
                  </dependency>
                """ + block.substring(end);
    }

    /** What {@code mvn install} puts in a repository: each library's jar and pom, the parent's pom and the BOM. */
    private static void install(String version, Path repository) throws IOException {
        put(repository, "para-parent", version, ROOT.resolve("pom.xml"), null);
        put(repository, "para-bom", version, ROOT.resolve("para-bom/pom.xml"), null);
        for (String library : LIBRARIES) {
            Path jar = ROOT.resolve(library).resolve("target").resolve(library + "-" + version + ".jar");
            if (!Files.isRegularFile(jar)) {
                fail("no " + jar + ": this test runs in the integration-test phase of a build of every module (mvn verify)");
            }
            put(repository, library, version, ROOT.resolve(library).resolve("pom.xml"), jar);
        }
    }

    private static void put(Path repository, String artifactId, String version, Path pom, Path jar) throws IOException {
        Path folder = repository.resolve("org/mla/para").resolve(artifactId).resolve(version);
        Files.createDirectories(folder);
        Files.copy(pom, folder.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            Files.copy(jar, folder.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            fail("system property " + name + " is not set: run this test through Maven (failsafe sets it)");
        }
        return value;
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
