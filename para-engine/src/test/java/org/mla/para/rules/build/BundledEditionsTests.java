package org.mla.para.rules.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step that makes every folder with an edition.json a bundled edition
 * (para-rules/src/build/BundledEditions.java), run as the build runs it: by the JDK's source
 * launcher. Here rather than in para-rules, whose build (and so every ./para rebuild) would
 * compile them: two seconds more.
 */
class BundledEditionsTests {

    private static final Path PROGRAM = Path.of("../para-rules/src/build/BundledEditions.java").toAbsolutePath();
    private static final Path RESOURCES = Path.of("../para-rules/src/main/resources").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void theBuildListsEveryFolderOfTheRulesThatHoldsAnEditionJson() throws IOException {
        List<String> folders;
        try (Stream<Path> children = Files.list(RESOURCES.resolve("org/mla/para/rules"))) {
            folders = children.filter(folder -> Files.isRegularFile(folder.resolve("edition.json")))
                    .map(folder -> "org/mla/para/rules/" + folder.getFileName()).sorted().toList();
        }
        assertThat(folders).contains("org/mla/para/rules/reference");
        Path built = Path.of("../para-rules/target/classes/META-INF/para-editions");
        assertThat(Files.readAllLines(built)).as("the list the build wrote (%s)", built).isEqualTo(folders);
    }

    @Test
    void everyFolderWithAnEditionJsonIsListedInNameOrderAndNoOtherFolder() throws Exception {
        Path resources = temp.resolve("resources");
        edition(resources, "y2027", "package org.mla.para.rules.y2027;");
        edition(resources, "reference", "package org.mla.para.rules.reference;");
        write(resources.resolve("org/mla/para/rules/messages/receipt.txt"), "Dear applicant");
        write(resources.resolve("org/mla/para/rules/workflow.json"), "{}");
        Path output = temp.resolve("classes/META-INF/para-editions");

        Run run = run(resources, output);

        assertThat(run.errors()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(output)).isEqualTo("org/mla/para/rules/reference\norg/mla/para/rules/y2027\n");
    }

    @Test
    void aRuleFileWithAnotherPackageIsOneLineNamingTheFileTheLineAndTheLineToWrite() throws Exception {
        Path resources = temp.resolve("resources");
        edition(resources, "reference", "package org.mla.para.rules.reference;");
        edition(resources, "y2027", "// CAPS for 2027\n\npackage org.mla.para.rules.reference;");
        write(resources.resolve("org/mla/para/rules/y2027/window.drl"), "package org.mla.para.rules.y2027;\n");
        write(resources.resolve("org/mla/para/rules/y2027/levels.drl"), "// no package line\nrule \"x\" when then end\n");
        Path output = temp.resolve("classes/META-INF/para-editions");
        write(output, "left as it was\n");

        Run run = run(resources, output);

        assertThat(run.errors()).containsExactly(
                "resources/org/mla/para/rules/y2027/caps.drl:3: the package line must be \"package org.mla.para.rules.y2027;\""
                        + " for an edition in folder org/mla/para/rules/y2027 (it is \"package org.mla.para.rules.reference;\")",
                "resources/org/mla/para/rules/y2027/levels.drl:1: the file has no package line: make its first line"
                        + " \"package org.mla.para.rules.y2027;\" for an edition in folder org/mla/para/rules/y2027");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(output)).as("nothing written when there is a problem").isEqualTo("left as it was\n");
    }

    @Test
    void aFolderNameThatCannotNameAPackageIsRefusedWithTheNameToUse() throws Exception {
        Path resources = temp.resolve("resources");
        edition(resources, "reference", "package org.mla.para.rules.reference;");
        edition(resources, "2027", "package org.mla.para.rules.reference;");
        edition(resources, "2028-draft", "package org.mla.para.rules.reference;");
        edition(resources, "new", "package org.mla.para.rules.new;");

        Run run = run(resources, temp.resolve("para-editions"));

        String rule = "cannot name a bundled edition's folder, as it must name the Java package of its rules (a letter first,"
                + " then letters, digits or _, not a Java word): rename the folder ";
        assertThat(run.errors()).containsExactly(
                "resources/org/mla/para/rules/2027: \"2027\" " + rule
                        + "\"y2027\" and start its rule files with \"package org.mla.para.rules.y2027;\"",
                "resources/org/mla/para/rules/2028-draft: \"2028-draft\" " + rule
                        + "\"y2028_draft\" and start its rule files with \"package org.mla.para.rules.y2028_draft;\"",
                "resources/org/mla/para/rules/new: \"new\" " + rule
                        + "\"new_edition\" and start its rule files with \"package org.mla.para.rules.new_edition;\"");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(temp.resolve("para-editions")).doesNotExist();
    }

    @Test
    void ruleFilesOutsideAnEditionsOwnFolderAreRefused() throws Exception {
        Path resources = temp.resolve("resources");
        edition(resources, "reference", "package org.mla.para.rules.reference;");
        write(resources.resolve("org/mla/para/rules/reference/scenarios/old.drl"), "package org.mla.para.rules.reference;\n");
        write(resources.resolve("org/mla/para/rules/y2027/caps.drl"), "package org.mla.para.rules.y2027;\n");
        write(resources.resolve("org/mla/para/rules/empty/edition.json"), "{}");

        Run run = run(resources, temp.resolve("para-editions"));

        assertThat(run.errors()).containsExactly(
                "resources/org/mla/para/rules/empty: the edition has no .drl rule files",
                "resources/org/mla/para/rules/y2027: this folder has rule files but no edition.json, so it is not an edition:"
                        + " add one (copy reference/edition.json and give it its own id, title and effectiveFrom)",
                "resources/org/mla/para/rules/reference/scenarios/old.drl: this rule file is in no edition: an edition's rule"
                        + " files sit in its own folder, beside its edition.json (org/mla/para/rules/<edition>/)");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void asTheBuildRunsItTheProblemsGoToTheirFileForTheBuildToFailWith() throws Exception {
        Path resources = temp.resolve("resources");
        edition(resources, "y2027", "package org.mla.para.rules.reference;");
        Path problems = temp.resolve("target/bundled-editions-problems.txt");
        write(problems, "from an earlier build");

        Run run = run(resources, temp.resolve("para-editions"), problems);

        assertThat(run.exitCode()).isZero();
        assertThat(run.errors()).isEmpty();
        assertThat(Files.readAllLines(problems)).singleElement().asString()
                .startsWith("resources/org/mla/para/rules/y2027/caps.drl:1: the package line must be");

        Files.writeString(resources.resolve("org/mla/para/rules/y2027/caps.drl"), "package org.mla.para.rules.y2027;\n");
        assertThat(run(resources, temp.resolve("para-editions"), problems).exitCode()).isZero();
        assertThat(problems).as("no problems left: nothing for the build to fail with").isEmptyFile();
        assertThat(temp.resolve("para-editions")).hasContent("org/mla/para/rules/y2027");
    }

    @Test
    void noEditionAtAllIsAProblem() throws Exception {
        Path resources = temp.resolve("resources");
        write(resources.resolve("org/mla/para/rules/workflow.json"), "{}");

        Run run = run(resources, temp.resolve("para-editions"));

        assertThat(run.errors()).containsExactly("resources/org/mla/para/rules: no bundled edition: an edition is a folder here"
                + " with an edition.json and its .drl rule files");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    private static void edition(Path resources, String folder, String caps) throws IOException {
        Path edition = resources.resolve("org/mla/para/rules").resolve(folder);
        write(edition.resolve("edition.json"), "{\"id\": \"" + folder + "\"}");
        write(edition.resolve("caps.drl"), caps + "\n\nrule \"a cap\"\nwhen\nthen\nend\n");
        write(edition.resolve("scenarios/a-cap.json"), "{}");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private record Run(int exitCode, List<String> errors) {
    }

    /** Runs the program as the build does, with paths shown from the temporary folder. */
    private Run run(Path resources, Path output, Path... problems) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = temp.resolve("errors.txt");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", PROGRAM.toString(), resources.toString(), output.toString(), temp.toString()));
        for (Path file : problems) {
            command.add(file.toString());
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(false).redirectError(errors.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("BundledEditions.java did not finish within 2 minutes");
        }
        return new Run(process.exitValue(), Files.readAllLines(errors));
    }
}
