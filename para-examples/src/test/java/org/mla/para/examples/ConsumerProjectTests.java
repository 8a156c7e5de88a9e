package org.mla.para.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Path MODULE = ChildBuild.MODULE;
    private static final Path ROOT = ChildBuild.ROOT;
    private static final Path WORK = MODULE.resolve("target/consumer-project");

    @Test
    void aProjectWithTheReadmesDependencyBlockBuildsAndPassesItsTests() throws Exception {
        String version = ChildBuild.version();
        ChildBuild.deleteRecursively(WORK);
        Path repository = WORK.resolve("repository");
        Path project = WORK.resolve("project");

        install(repository);
        ChildBuild.copyRecursively(MODULE.resolve("src/test/consumer-project"), project);
        Path pom = project.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<!-- README -->", withTestKit(readmeBlock())));
        Path settings = ChildBuild.settings(WORK, repository);

        ChildBuild.Result build = ChildBuild.run(project, settings, WORK.resolve("build.log"), "verify");

        assertThat(build.exitCode()).as("the consumer project's build; the end of its log (%s):%n%s", build.log(), build.tail())
                .isZero();
        assertThat(build.output()).contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0").contains("BUILD SUCCESS");
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
    private static void install(Path repository) throws IOException {
        ChildBuild.put(repository, "para-parent", ROOT.resolve("pom.xml"), null);
        ChildBuild.put(repository, "para-bom", ROOT.resolve("para-bom/pom.xml"), null);
        for (String library : LIBRARIES) {
            ChildBuild.put(repository, library, ROOT.resolve(library).resolve("pom.xml"), ChildBuild.jarOf(library));
        }
    }
}
