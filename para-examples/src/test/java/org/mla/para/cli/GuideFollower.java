package org.mla.para.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * A maintainer following the guide at a terminal, at the top of the project. What they create
 * ({@code my-rules}) goes to a folder of their own, {@code project}; what the project holds
 * ({@code para-rules/...}, {@code para-examples/samples/...}) is read from this repository, which
 * is never written. Paths in what the program prints are shown relative to the top of the
 * project, as the maintainer sees them.
 */
final class GuideFollower {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DIFFERENCE = Pattern.compile("(\\S+): expected (.*?), was (.*)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Path project;

    GuideFollower(Path project) {
        this.project = project.toAbsolutePath();
    }

    /** What a command printed on the terminal (standard output and error as they came) and its exit status. */
    record Screen(String command, int exitCode, List<String> lines) {

        String describe() {
            return "`" + command + "` printed (exit status " + exitCode + "):\n"
                    + String.join("\n", lines.stream().map(line -> "  | " + line).toList());
        }
    }

    /** Runs a command line of the guide: {@code ./para ...}, {@code mkdir -p DIR} or {@code cp -r FROM TO}. */
    Screen shell(String commandLine) throws IOException {
        List<String> words = Arrays.asList(commandLine.strip().split("\\s+"));
        if (words.get(0).equals("./para")) {
            return para(commandLine, words.subList(1, words.size()));
        }
        if (words.size() == 3 && words.get(0).equals("mkdir") && words.get(1).equals("-p")) {
            Files.createDirectories(target(words.get(2)));
            return new Screen(commandLine, 0, List.of());
        }
        if (words.size() == 4 && words.get(0).equals("cp") && words.get(1).equals("-r")) {
            Path from = resolve(words.get(2));
            Path to = target(words.get(3));
            copyTree(from, Files.isDirectory(to) ? to.resolve(from.getFileName().toString()) : to);
            return new Screen(commandLine, 0, List.of());
        }
        throw new AssertionError("the guide runs `" + commandLine + "`, which this test cannot carry out: "
                + "teach GuideFollower.shell how, or show the command differently");
    }

    /** Runs the para command in-process, its output and errors on one screen as a terminal shows them. */
    private Screen para(String commandLine, List<String> words) {
        String[] args = words.stream().map(word -> word.startsWith("-") ? word : resolveIfPresent(word)).toArray(String[]::new);
        StringWriter screen = new StringWriter();
        PrintWriter terminal = new PrintWriter(screen, true);
        CommandLine para = ParaCommand.commandLine(args);
        para.setOut(terminal);
        para.setErr(terminal);
        int exitCode = para.execute(args);
        String shown = screen.toString().replace(project + "/", "").replace(REPOSITORY + "/", "")
                .replace(project.toString(), ".");
        return new Screen(commandLine, exitCode, shown.lines().toList());
    }

    /** A path as the maintainer names it: what they made, or else what the project holds. */
    Path resolve(String path) {
        Path own = project.resolve(path);
        return Files.exists(own) ? own : REPOSITORY.resolve(path);
    }

    private String resolveIfPresent(String word) {
        Path path = resolve(word);
        return Files.exists(path) ? path.toString() : word;
    }

    /** Where the maintainer writes: their own folder, never this repository. */
    Path target(String path) {
        return project.resolve(path);
    }

    /**
     * Makes the edit the guide shows as the lines after it: each shown line replaces the one line
     * of the file that reads the same but for its numbers (the rule's name and its rate), in
     * order; a line {@code ...} stands for the lines left as they are.
     */
    void editAsShown(String file, List<String> shown) throws IOException {
        Path path = target(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(path));
        int after = -1;
        for (String line : shown) {
            if (ShownOutput.isEllipsis(line)) {
                continue;
            }
            String pattern = DIGITS.matcher(line).replaceAll("#");
            List<Integer> candidates = new ArrayList<>();
            for (int i = after + 1; i < lines.size(); i++) {
                if (DIGITS.matcher(lines.get(i)).replaceAll("#").equals(pattern)) {
                    candidates.add(i);
                }
            }
            if (candidates.size() != 1) {
                throw new AssertionError("the guide's edit line \"" + line + "\" matches " + candidates.size() + " lines of " + file
                        + " (after line " + (after + 1) + "), where it should replace exactly one");
            }
            after = candidates.get(0);
            lines.set(after, line);
        }
        Files.write(path, lines);
    }

    /**
     * Updates the expectations as the guide says: for each {@code FAIL} line, in its scenario's
     * file, each {@code path: expected OLD, was NEW} puts NEW in place of OLD at that path of
     * {@code expect}. Returns what could not be done so.
     */
    List<String> updateExpectations(List<String> testOutput) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String line : testOutput) {
            if (!line.startsWith("FAIL ")) {
                continue;
            }
            String[] parts = line.substring("FAIL ".length()).split(": ", 2);
            String[] name = parts[0].split("/", 2);
            Path file = scenarioFile(name[0], name[1]);
            JsonNode scenario = JSON.readTree(file.toFile());
            for (String difference : parts[1].split("; ")) {
                Matcher moved = DIFFERENCE.matcher(difference);
                if (!moved.matches()) {
                    problems.add(line + "\n  names no \"path: expected OLD, was NEW\" in \"" + difference + "\"");
                    continue;
                }
                String[] keys = moved.group(1).split("\\.");
                JsonNode holder = scenario.path("expect");
                for (int k = 0; k < keys.length - 1; k++) {
                    holder = holder.path(keys[k]);
                }
                String key = keys[keys.length - 1];
                if (!(holder instanceof ObjectNode object) || !JSON.readTree(moved.group(2)).equals(object.get(key))) {
                    problems.add(line + "\n  " + file + " has no expect." + moved.group(1) + " of " + moved.group(2));
                    continue;
                }
                object.set(key, JSON.readTree(moved.group(3)));
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), scenario);
        }
        return problems;
    }

    /** {@code edition/scenario} of a FAIL line: {@code scenarios/scenario.json} of the maintainer's edition folder with that id. */
    private Path scenarioFile(String edition, String scenario) throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            for (Path descriptor : files.filter(f -> f.getFileName().toString().equals("edition.json")).toList()) {
                if (JSON.readTree(descriptor.toFile()).path("id").asText().equals(edition)) {
                    return descriptor.resolveSibling("scenarios").resolve(scenario + ".json");
                }
            }
        }
        throw new AssertionError("no edition \"" + edition + "\" in " + project);
    }

    /** Copies a folder and everything in it. */
    static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    try (InputStream in = Files.newInputStream(file)) {
                        Files.copy(in, copy);
                    }
                }
            }
        }
    }
}
