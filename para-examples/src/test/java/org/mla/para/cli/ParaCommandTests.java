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
