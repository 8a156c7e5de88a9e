package org.mla.para.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mla.para.cli.GuideFollower.Screen;
import org.mla.para.cli.MaintainersGuide.Block;

/**
 * The maintainers' guide ({@code docs/maintaining-rules.md}) shows the program's own output.
 * The worked example is done as the guide says, step by step, in a folder of the test's own,
 * and every {@code $ ./para ...} of its console blocks must print what the guide shows after it
 * (the convention of {@link ShownOutput}: {@code ...} for lines or the rest of a line left
 * out); the commands the guide tells the maintainer to run must succeed. The mistakes of "What
 * the check refuses" are made one at a time, and each must be reported as the guide shows.
 * A failure names the guide's line, what the guide shows and what the program printed.
 */
class MaintainersGuideTests {

    private static final String WORKED_EXAMPLE = "## Worked example";
    private static final String REFUSES = "## What the check refuses";
    private static final String ORGANIZED = "## How the rules are organized";
    private static final String RECIPES = "## Recipes";
    private static final String CAP = "## A cap";
    private static final String CAPS = "my-rules/reference/caps.drl";
    private static final Path BUNDLED = GuideFollower.REPOSITORY.resolve("para-rules/src/main/resources/org/mla/para/rules/reference");
    private static final Pattern EDITED_FILE = Pattern.compile("Edit `([^`]+)`");
    private static final Pattern JSON_FILE = Pattern.compile("`([^`]+\\.json)`");
    private static final String EDUCATION = "my-rules/reference/education.drl";

    /**
     * The mistakes of "What the check refuses", in the order of the guide's lines, each made in
     * {@code education.drl} of the worked example after its step 2, as its prose says (in these
     * words, with the line's number).
     */
    private static final List<Mistake> MISTAKES = List.of(
            new Mistake("`hours()` misspelled `hour()` in line %d", lines -> theLineWith(lines, "$workshop.hours()"),
                    line -> line.replace("$workshop.hours()", "$workshop.hour()")),
            new Mistake("the last `)` of line %d left out", lines -> theLineWith(lines, "Points.times($workshop.hours()"),
                    line -> line.substring(0, line.lastIndexOf("));")) + ");"),
            new Mistake("the `end` of the CEU rule (line %d) deleted", MaintainersGuideTests::theCeuRulesEnd, line -> null),
            new Mistake("`type` misspelled `tpye` in line %d", lines -> theLineWith(lines, "ClaimScore( type == ClaimType.WORKSHOP )"),
                    line -> line.replace("type ==", "tpye ==")));

    @Test
    void theWorkedExampleDoneAsTheGuideSaysPrintsWhatTheGuideShows(@TempDir Path dir) throws IOException {
        MaintainersGuide guide = MaintainersGuide.read();
        GuideFollower maintainer = new GuideFollower(dir);
        List<String> problems = new ArrayList<>();
        List<String> lastTest = null;
        List<Block> blocks = guide.blocks(WORKED_EXAMPLE);
        assertThat(blocks).as("the worked example's blocks in " + MaintainersGuide.NAME).anyMatch(Block::isConsole);
        for (Block block : blocks) {
            if (block.prose().contains("Update the expectations")) {
                assertThat(lastTest).as("a `./para rules test` shown before \"Update the expectations\"").isNotNull();
                problems.addAll(maintainer.updateExpectations(lastTest));
            }
            if (block.isConsole()) {
                for (Screen screen : compare(guide, block, maintainer, problems)) {
                    if (screen.command().contains(" rules test ")) {
                        lastTest = screen.lines();
                    }
                }
            } else if (block.info().equals("json")) {
                Files.writeString(maintainer.target(last(JSON_FILE, block)), String.join("\n", block.lines()) + "\n");
            } else if (EDITED_FILE.matcher(block.prose()).find()) {
                maintainer.editAsShown(last(EDITED_FILE, block), block.lines());
            } else {
                runAndExpectSuccess(guide, block, maintainer, problems);
            }
        }
        assertThat(problems).as("the worked example of " + MaintainersGuide.NAME + " against what the program does").isEmpty();
    }

    @Test
    void eachMistakeWhatTheCheckRefusesShowsIsReportedAsTheGuideShowsIt(@TempDir Path dir) throws IOException {
        MaintainersGuide guide = MaintainersGuide.read();
        Block report = guide.blocks(REFUSES).get(0);
        assertThat(report.lines()).as("the example report of " + MaintainersGuide.NAME + ":" + report.firstLine()
                + ": one line for each mistake this test makes: " + MISTAKES).hasSize(MISTAKES.size());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < MISTAKES.size(); i++) {
            GuideFollower maintainer = new GuideFollower(dir.resolve("mistake-" + (i + 1)));
            takeTheWorkedExamplesCopyAndEditIt(guide, maintainer);
            Path education = maintainer.target(EDUCATION);
            List<String> lines = new ArrayList<>(Files.readAllLines(education));
            Mistake mistake = MISTAKES.get(i);
            int at = mistake.where().applyAsInt(lines);
            String description = mistake.prose().formatted(at + 1);
            String changed = mistake.change().apply(lines.get(at));
            if (changed == null) {
                lines.remove(at);
            } else {
                lines.set(at, changed);
            }
            Files.write(education, lines);
            if (!guide.text(REFUSES).contains(description)) {
                problems.add(MaintainersGuide.NAME + ":" + report.firstLine() + ": \"" + REFUSES.substring(3) + "\" does not say \""
                        + description + "\", the mistake its line " + report.lineNumber(i) + " shows");
            }

            Screen screen = maintainer.shell("./para rules check my-rules");

            String shown = report.lines().get(i);
            boolean asShown = screen.lines().size() == 2 && screen.lines().get(0).equals(shown)
                    && guide.text(REFUSES).contains("followed by the line `" + screen.lines().get(1) + "`");
            if (screen.exitCode() != 3 || !asShown) {
                problems.add(MaintainersGuide.NAME + ":" + report.lineNumber(i) + ": the guide shows, for "
                        + description + ",\n    " + shown + "\n(then the line it quotes after \"followed by the line\", exit status 3)"
                        + "\nbut " + screen.describe());
            }
        }
        assertThat(problems).as("the example report of " + MaintainersGuide.NAME + " against the program's").isEmpty();
    }

    @Test
    void theFilesTheRuleCodeAndTheLevelLineTheGuideQuotesAreTheBundledEditionsOwn() throws IOException {
        MaintainersGuide guide = MaintainersGuide.read();
        List<Block> blocks = guide.blocks(ORGANIZED);
        List<String> listed = blocks.get(0).lines().stream().skip(1).map(String::strip)
                .filter(line -> line.matches("[\\w*/]+\\.(json|drl)\\b.*")).map(line -> line.split("\\s+")[0]).toList();
        List<String> present = new ArrayList<>();
        try (var files = Files.list(BUNDLED)) {
            files.map(file -> Files.isDirectory(file) ? file.getFileName() + "/*.json" : file.getFileName().toString())
                    .forEach(present::add);
        }
        assertThat(listed).as("the files " + MaintainersGuide.NAME + ":" + blocks.get(0).firstLine() + " lists")
                .containsExactlyInAnyOrderElementsOf(present);
        List<String> quoted = blocks.stream().skip(1).filter(b -> !b.lines().isEmpty()).map(b -> String.join("\n", b.lines())).toList();
        assertThat(quoted).as("the rule code " + MaintainersGuide.NAME + " quotes in \"" + ORGANIZED + "\"").isNotEmpty();
        String edition = bundledRuleText();
        assertThat(quoted).allSatisfy(code -> assertThat(edition).as("the bundled edition's rule files").contains(code));
    }

    @Test
    void theEvidenceRecipesLineIsTheEditionsLineForItsTypeWithOneKindMoreAndHolds(@TempDir Path dir) throws IOException {
        MaintainersGuide guide = MaintainersGuide.read();
        Block recipe = guide.blocks(RECIPES).stream().filter(b -> String.join("\n", b.lines()).contains("AcceptedEvidence.of("))
                .findFirst().orElseThrow(() -> new AssertionError(MaintainersGuide.NAME + ": no line of the evidence table in \"" + RECIPES + "\""));
        String line = recipe.lines().get(0);
        String type = line.replaceAll(".*AcceptedEvidence\\.of\\((ClaimType\\.\\w+),.*", "$1");
        GuideFollower maintainer = new GuideFollower(dir);
        takeTheWorkedExamplesCopyAndEditIt(guide, maintainer);
        Path evidence = maintainer.target("my-rules/reference/evidence.drl");
        List<String> lines = new ArrayList<>(Files.readAllLines(evidence));
        List<Integer> ofType = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("AcceptedEvidence.of(" + type + ",")) {
                ofType.add(i);
            }
        }
        assertThat(ofType).as("the lines of " + type + " in evidence.drl").hasSize(1);
        String before = lines.get(ofType.get(0));
        assertThat(line).as(MaintainersGuide.NAME + ":" + recipe.firstLine() + " is evidence.drl's line for " + type + " with one kind added")
                .startsWith(before.substring(0, before.lastIndexOf("));"))).matches(".*, EvidenceKind\\.\\w+\\)\\);");

        lines.set(ofType.get(0), line);
        Files.write(evidence, lines);

        Screen check = maintainer.shell("./para rules check my-rules");
        assertThat(check.exitCode()).as(check.describe()).isZero();
    }

    /**
     * The section on caps, done as it says on a copy of the edition (step 1 of the worked
     * example): the reference edition's caps it quotes are the bundled file's, each line it says
     * to add is added after the file's caps, each scenario it shows is written where it says,
     * and each {@code $ ./para ...} prints what the guide shows: the new cap named until a
     * scenario puts it to work, then passing with {@code --require-coverage}.
     */
    @Test
    void theCapSectionDoneAsTheGuideSaysPrintsWhatTheGuideShows(@TempDir Path dir) throws IOException {
        MaintainersGuide guide = MaintainersGuide.read();
        GuideFollower maintainer = new GuideFollower(dir);
        takeTheWorkedExamplesCopy(guide, maintainer, false);
        String bundled = Files.readString(BUNDLED.resolve("caps.drl"));
        List<String> problems = new ArrayList<>();
        int commands = 0;
        for (Block block : guide.blocks(CAP)) {
            if (block.isConsole()) {
                commands += compare(guide, block, maintainer, problems).size();
            } else if (block.info().equals("json")) {
                Files.writeString(maintainer.target(last(JSON_FILE, block)), String.join("\n", block.lines()) + "\n");
            } else if (block.prose().contains("add this line")) {
                Path caps = maintainer.target(CAPS);
                List<String> lines = new ArrayList<>(Files.readAllLines(caps));
                int lastCap = -1;
                for (int i = 0; i < lines.size(); i++) {
                    lastCap = lines.get(i).contains("insert(Cap.") ? i : lastCap;
                }
                assertThat(lastCap).as("a cap in " + CAPS).isNotNegative();
                lines.addAll(lastCap + 1, block.lines());
                Files.write(caps, lines);
            } else {
                for (int i = 0; i < block.lines().size(); i++) {
                    if (!bundled.contains(block.lines().get(i))) {
                        problems.add(MaintainersGuide.NAME + ":" + block.lineNumber(i) + ": the guide shows\n    " + block.lines().get(i)
                                + "\nas a line of the reference edition's caps.drl, which has no such line");
                    }
                }
            }
        }
        assertThat(commands).as("the commands shown in " + CAP).isGreaterThanOrEqualTo(2);
        assertThat(problems).as("the section on caps of " + MaintainersGuide.NAME + " against what the program does").isEmpty();
    }

    /** Compares each {@code $ command} of a console block with what the guide shows after it. */
    private static List<Screen> compare(MaintainersGuide guide, Block block, GuideFollower maintainer, List<String> problems)
            throws IOException {
        List<Screen> screens = new ArrayList<>();
        List<String> lines = block.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("$ ")) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("$ ")) {
                end++;
            }
            List<String> shown = lines.subList(i + 1, end);
            Screen screen = maintainer.shell(lines.get(i).substring(2));
            screens.add(screen);
            int mismatch = ShownOutput.firstMismatch(shown, screen.lines());
            if (mismatch >= 0) {
                String where = MaintainersGuide.NAME + ":" + block.lineNumber(i + 1 + mismatch);
                problems.add(mismatch < shown.size()
                        ? where + ": the guide shows\n    " + shown.get(mismatch) + "\nbut " + screen.describe()
                        : where + ": the guide shows no more lines (a line \"...\" would stand for them), but " + screen.describe());
            }
            i = end - 1;
        }
        return screens;
    }

    /** A block of commands the guide tells the maintainer to run: each must succeed (exit status 0). */
    private static void runAndExpectSuccess(MaintainersGuide guide, Block block, GuideFollower maintainer, List<String> problems)
            throws IOException {
        for (int i = 0; i < block.lines().size(); i++) {
            String command = block.lines().get(i);
            if (command.isBlank()) {
                continue;
            }
            Screen screen = maintainer.shell(command);
            if (screen.exitCode() != 0) {
                problems.add(MaintainersGuide.NAME + ":" + block.lineNumber(i) + ": the guide has the maintainer run\n    " + command
                        + "\nat this point, where it should succeed, but " + screen.describe());
            }
        }
    }

    /** Steps 1 and 2 of the worked example, as the guide shows them: everything before its first console block. */
    private static void takeTheWorkedExamplesCopyAndEditIt(MaintainersGuide guide, GuideFollower maintainer) throws IOException {
        takeTheWorkedExamplesCopy(guide, maintainer, true);
    }

    /** Step 1 of the worked example (the copy), and step 2 (the edit) when {@code edit}. */
    private static void takeTheWorkedExamplesCopy(MaintainersGuide guide, GuideFollower maintainer, boolean edit) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Block block : guide.blocks(WORKED_EXAMPLE)) {
            if (block.isConsole()) {
                break;
            }
            if (EDITED_FILE.matcher(block.prose()).find()) {
                if (edit) {
                    maintainer.editAsShown(last(EDITED_FILE, block), block.lines());
                }
            } else {
                runAndExpectSuccess(guide, block, maintainer, problems);
            }
        }
        assertThat(problems).as("steps 1 and 2 of the worked example").isEmpty();
        assertThat(maintainer.target(EDUCATION)).as("the worked example's copy of the edition").exists();
    }

    /** The last match of {@code pattern}'s group in the prose before {@code block}: the file it names. */
    private static String last(Pattern pattern, Block block) {
        Matcher matcher = pattern.matcher(block.prose());
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1);
        }
        assertThat(found).as("the file the prose before the block at line " + block.firstLine() + " names").isNotNull();
        return found;
    }

    private static String bundledRuleText() throws IOException {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(BUNDLED)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                text.append(Files.readString(file)).append('\n');
            }
        }
        return text.toString();
    }

    /** The index of the one line of {@code education.drl} that holds {@code text}. */
    private static int theLineWith(List<String> lines, String text) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                at.add(i);
            }
        }
        assertThat(at).as("the lines of education.drl holding " + text).hasSize(1);
        return at.get(0);
    }

    private static int theCeuRulesEnd(List<String> lines) {
        int end = theLineWith(lines, "rule \"CEU");
        while (end < lines.size() && !lines.get(end).equals("end")) {
            end++;
        }
        assertThat(end).as("the end of the CEU rule in education.drl").isLessThan(lines.size());
        return end;
    }

    /**
     * A mistake a maintainer makes in one line of {@code education.drl}.
     *
     * @param prose  how the guide names it, {@code %d} for the line's number
     * @param where  the index of the line
     * @param change the line with the mistake, or {@code null} for a line deleted
     */
    private record Mistake(String prose, ToIntFunction<List<String>> where, UnaryOperator<String> change) {

        @Override
        public String toString() {
            return prose.replace("%d", "N");
        }
    }
}
