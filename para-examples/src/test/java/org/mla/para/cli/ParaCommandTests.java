package org.mla.para.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level help: every subcommand once, under the heading of the people who use it. */
class ParaCommandTests {

    @Test
    void everySubcommandBelongsToExactlyOneGroup() {
        List<String> subcommands = ParaCommand.SUBCOMMANDS.stream().map(c -> c.getAnnotation(Command.class).name()).toList();
        List<String> grouped = CommandGroups.GROUPS.values().stream().flatMap(List::stream).toList();

        assertThat(grouped).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(subcommands);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", ""})
    void helpListsEverySubcommandOnceUnderItsGroup(String command) {
        Para para = command.isEmpty() ? Para.run() : Para.run(command);

        assertThat(para.exitCode()).isZero();
        String help = para.out();
        assertThat(help).doesNotContain("Commands:");
        List<String> headings = CommandGroups.GROUPS.keySet().stream().toList();
        int previous = -1;
        for (int g = 0; g < headings.size(); g++) {
            int heading = help.indexOf("\n" + headings.get(g) + ":\n");
            assertThat(heading).as("heading of %s, after the one before", headings.get(g)).isGreaterThan(previous);
            int next = g + 1 < headings.size() ? help.indexOf("\n" + headings.get(g + 1) + ":\n") : help.indexOf("Exit status:");
            String section = help.substring(heading, next);
            for (String name : CommandGroups.GROUPS.get(headings.get(g))) {
                assertThat(Pattern.compile("(?m)^  " + Pattern.quote(name) + " ").matcher(section).results().count())
                        .as("%s listed under %s", name, headings.get(g)).isEqualTo(1);
                assertThat(Pattern.compile("(?m)^  " + Pattern.quote(name) + " ").matcher(help).results().count())
                        .as("%s listed once", name).isEqualTo(1);
            }
            previous = heading;
        }
        assertThat(help).contains("assess ").contains("Assesses portfolios against the rule edition in force");
        assertThat(help).contains("Exit status:").doesNotContain("Other commands");
    }

    /** Help lists only the first line of a command's description: it must stand alone, as a whole sentence. */
    @Test
    void everyCommandsFirstDescriptionLineIsAWholeSentence() {
        List<String> cut = new java.util.ArrayList<>();
        everyCommand(ParaCommand.commandLine(), line -> {
            // What help lists for a command: its header's first line, or else its description's.
            String[] header = line.getCommandSpec().usageMessage().header();
            String[] description = header.length > 0 ? header : line.getCommandSpec().usageMessage().description();
            String first = description.length == 0 ? "" : description[0].strip();
            if (!WHOLE_SENTENCE.matcher(first).matches() || count(first, '(') != count(first, ')')) {
                cut.add(line.getCommandSpec().qualifiedName() + ": \"" + first + "\"");
            }
        });

        assertThat(cut).as("first description lines that are not a whole sentence").isEmpty();
    }

    /** Every command, at every depth, answers --help and -h with its usage, not with a complaint about its arguments. */
    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void everyCommandShowsItsHelpOnHelpOption(String option) {
        List<String> commands = new java.util.ArrayList<>();
        everyCommand(ParaCommand.commandLine(), line -> {
            if (!(line.getCommand() instanceof CommandLine.HelpCommand)) {
                commands.add(line.getCommandSpec().qualifiedName());
            }
        });
        assertThat(commands).contains("para assess", "para rules check", "para decide", "para db");

        List<String> failed = new java.util.ArrayList<>();
        for (String command : commands) {
            List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")).subList(1, command.split(" ").length));
            args.add(option);
            Para para = Para.run(args.toArray(String[]::new));
            boolean usage = Pattern.compile("(?m)^Usage: " + Pattern.quote(command) + "\\b").matcher(para.out()).find();
            if (para.exitCode() != 0 || !usage || !para.err().isEmpty()) {
                failed.add(String.join(" ", args) + " -> exit " + para.exitCode() + ", err: " + para.err().strip());
            }
        }
        assertThat(failed).as("commands whose " + option + " is not their help").isEmpty();
    }

    private static final Pattern WHOLE_SENTENCE = Pattern.compile("\\p{Lu}.*[^,:;\\s]\\.");

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    private static void everyCommand(CommandLine line, java.util.function.Consumer<CommandLine> visit) {
        visit.accept(line);
        line.getSubcommands().values().stream().distinct().forEach(sub -> everyCommand(sub, visit));
    }

    @Command(name = "extra", description = "A command nobody grouped.")
    static final class Extra implements Runnable {
        @Override
        public void run() {
        }
    }

    @Test
    void aSubcommandLeftOutOfTheGroupsStillShowsUnderOtherCommands() {
        CommandLine commandLine = ParaCommand.commandLine();
        commandLine.addSubcommand(new Extra());
        StringWriter help = new StringWriter();

        commandLine.usage(new PrintWriter(help, true));

        assertThat(help.toString()).containsPattern("(?m)^Other commands:\\R  extra +A command nobody grouped\\.$");
    }
}
