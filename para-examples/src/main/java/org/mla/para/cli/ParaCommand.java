package org.mla.para.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code para}: the command-line face of PARA. */
@Command(name = "para",
        mixinStandardHelpOptions = true,
        version = "PARA 0.1",
        description = "Scores PARA certification portfolios and explains every point.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every portfolio was assessed (eligible or not); the action was recorded",
            "1:anything else went wrong (for example a file that cannot be read)",
            "2:some input was invalid, or an action was refused; the reason is on standard error",
            "3:the rule files are broken"})
public final class ParaCommand implements Runnable {

    /**
     * The subcommands, in the order help lists them. They are added when the command line is
     * built, not declared on the annotation: a run that names one builds only that one, which
     * keeps picocli's reflection over the others out of every command's start-up.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(AssessCommand.class, GapCommand.class, ReportCommand.class,
            RulesCommand.class, ServeCommand.class, ExampleCommand.class,
            WorkflowCommands.Register.class, WorkflowCommands.Submit.class, WorkflowCommands.Meetings.class,
            WorkflowCommands.Schedule.class, WorkflowCommands.OpenReview.class, WorkflowCommands.Decide.class,
            WorkflowCommands.Approve.class, WorkflowCommands.Issue.class, WorkflowCommands.Withdraw.class,
            WorkflowCommands.Show.class, WorkflowCommands.Recipients.class, WorkflowCommands.AttentionList.class,
            MailCommand.class,
            DatabaseCommands.Db.class, DatabaseCommands.Verify.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging, which would pick java.util.logging and
        // print INFO lines at people; route it to SLF4J, configured at WARN for this command.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        // SLF4J initialized here, on one thread: when the rules loading below logged while another
        // thread initialized it, SLF4J printed three lines about "intercepted" logging calls.
        org.slf4j.LoggerFactory.getILoggerFactory();
        if (args.length > 0 && List.of("assess", "gap", "report").contains(args[0]) && List.of(args).stream()
                .noneMatch(a -> a.startsWith("--rules") || a.equals("--help") || a.equals("-h"))) {
            BundledEngine.startLoading(); // the rules load while picocli reads the arguments
        }
        int status;
        try {
            status = commandLine(args).execute(args);
        } catch (Throwable e) { // an Error escapes picocli's handler: still no stack trace at people
            System.err.println("para: internal error, please report it: " + e);
            status = ExitCodes.OTHER;
        }
        System.exit(status);
    }

    /** The configured command line with every subcommand, for help and for tests that run it in-process. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * Gives {@code line} and its subcommands {@code -h, --help} where they lack it: without it,
     * {@code para assess --help} is an unknown option and a required FILE missing, not help.
     */
    private static void addHelpOption(CommandLine line) {
        CommandLine.Model.CommandSpec spec = line.getCommandSpec();
        boolean hasHelp = spec.options().stream().anyMatch(CommandLine.Model.OptionSpec::usageHelp);
        if (!hasHelp && !(line.getCommand() instanceof CommandLine.HelpCommand)) {
            String[] names = spec.findOption("-h") == null ? new String[] {"-h", "--help"} : new String[] {"--help"};
            spec.addOption(CommandLine.Model.OptionSpec.builder(names).usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        line.getSubcommands().values().stream().distinct().forEach(ParaCommand::addHelpOption);
    }

    /** The command line for {@code args}: with only the subcommand they name, when they name one. */
    static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new ParaCommand());
        String first = args.length == 0 ? "" : args[0];
        Class<?> named = SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(first) && c != CommandLine.HelpCommand.class)
                .findFirst().orElse(null);
        for (Class<?> subcommand : named == null ? SUBCOMMANDS : List.of(named)) {
            commandLine.addSubcommand(subcommand);
        }
        CommandGroups.install(commandLine);
        commandLine.getSubcommands().values().stream().distinct().forEach(ParaCommand::addHelpOption);
        // Exit 2 means invalid portfolios; a mistyped option is "anything else".
        // What commands print may hold text from input: control characters are shown, never obeyed.
        commandLine.setExecutionStrategy(parseResult -> {
            boolean help = parseResult.asCommandLineList().stream().anyMatch(line -> line.isUsageHelpRequested()
                    || line.isVersionHelpRequested() || line.getCommand() instanceof CommandLine.HelpCommand);
            if (!help) {
                for (CommandLine line : parseResult.asCommandLineList()) {
                    line.setOut(TerminalWriter.filtering(line.getOut()));
                    line.setErr(TerminalWriter.filtering(line.getErr()));
                }
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println("para: " + org.mla.para.workflow.WorkflowText.printable(exception.getMessage()));
            // "para help check" does not exist: a subcommand of a subcommand has its own --help.
            boolean nested = failed.getParent() != null && failed.getParent().getParent() != null;
            failed.getErr().println("Try '" + (nested ? failed.getCommandSpec().qualifiedName(" ") + " --help"
                    : "para help " + failed.getCommandName()) + "' for how to use it.");
            return ExitCodes.OTHER;
        });
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("para: " + org.mla.para.workflow.WorkflowText.printable(String.valueOf(exception)));
            return ExitCodes.OTHER;
        });
        return commandLine;
    }
}
