package org.mla.para.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code para help} lists the subcommands by who uses them, not as one list of nineteen: an
 * applicant looking for {@code assess} need not read past the Review Board's operators'
 * commands, and they theirs. Picocli's own command list is replaced by this one.
 */
final class CommandGroups implements CommandLine.IHelpSectionRenderer {

    /**
     * Every subcommand, in the group help shows it under. {@code ParaCommandTests} checks that
     * none is left out; one that is shows under "Other commands".
     */
    static final Map<String, List<String>> GROUPS = groups();

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("Assessing portfolios", List.of("assess", "gap", "report"));
        groups.put("Rule editions, for policy maintainers", List.of("rules"));
        groups.put("Embedding PARA in other systems (serve also gives the Board its HTTP endpoints)",
                List.of("serve", "embedding-example"));
        groups.put("The application workflow, for the Review Board's operators", List.of("register", "submit", "meetings",
                "schedule", "open-review", "decide", "approve", "issue", "withdraw", "show", "recipients", "attention", "mail"));
        groups.put("The application database", List.of("db", "verify"));
        groups.put("Help", List.of("help"));
        return groups;
    }

    /** Puts the grouped list in place of picocli's single one. */
    static void install(CommandLine commandLine) {
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING, help -> "");
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandGroups());
    }

    @Override
    public String render(Help help) {
        Map<String, CommandLine> subcommands = help.commandSpec().subcommands();
        if (subcommands.isEmpty()) {
            return "";
        }
        int nameWidth = subcommands.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        StringBuilder text = new StringBuilder();
        Map<String, List<String>> groups = new LinkedHashMap<>(GROUPS);
        List<String> ungrouped = new ArrayList<>(subcommands.keySet()); // a command added but not grouped still shows
        GROUPS.values().forEach(ungrouped::removeAll);
        groups.put("Other commands", ungrouped);
        groups.forEach((heading, names) -> {
            List<String> present = new ArrayList<>(names);
            present.retainAll(subcommands.keySet());
            if (present.isEmpty()) {
                return;
            }
            int width = help.commandSpec().usageMessage().width();
            TextTable table = TextTable.forColumns(help.colorScheme(),
                    new Column(nameWidth, 2, Column.Overflow.SPAN),
                    new Column(width - nameWidth, 2, Column.Overflow.WRAP));
            for (String name : present) {
                table.addRowValues(name, summary(subcommands.get(name).getCommandSpec()));
            }
            text.append(String.format("%n%s:%n", heading)).append(table);
        });
        return text.toString();
    }

    /** The first line of a subcommand's description, as picocli's own list shows it. */
    private static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        String[] description = spec.usageMessage().description();
        return header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
    }
}
