package org.mla.para.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mla.para.engine.Edition;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.RuleEditionException;
import org.mla.para.engine.ScenarioResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code para rules}: for the people who maintain the rule files. */
@Command(name = "rules",
        description = "Checks and tests rule editions: for policy maintainers editing the rule files.",
        subcommands = {RulesCommand.Check.class, RulesCommand.Test.class})
final class RulesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Compiles the editions of a directory, or returns null after printing why it cannot. */
    static ParaEngine compile(Path directory, PrintWriter err) {
        try {
            return ParaEngine.fromDirectory(directory);
        } catch (RuleEditionException e) {
            e.problems().forEach(err::println);
            err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + " in " + directory);
            return null;
        }
    }

    @Command(name = "check", description = {"Compiles every edition in DIR and reports each problem as file:line:col: message.",
        "Besides Drools' own errors: rules without an @id, an id used twice, areas the descriptor does not define,",
        "descriptor fields missing or malformed, and code outside the model and java.lang, java.math, java.time, java.util.",
        "Exit status: 0 when every edition compiles, 3 when any is broken."})
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "a folder holding an edition (edition.json and *.drl), or folders of them")
        private Path directory;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ParaEngine engine = compile(directory, spec.commandLine().getErr());
            if (engine == null) {
                return ExitCodes.BROKEN_RULES;
            }
            for (Edition edition : engine.editions()) {
                out.println("OK " + edition.id() + " (in force from " + edition.effectiveFrom() + "): "
                        + engine.ruleIds().get(edition.id()).size() + " rules, " + edition.areas().size() + " areas");
            }
            return ExitCodes.ASSESSED;
        }
    }

    @Command(name = "test", description = {"Runs the scenario files (scenarios/*.json) of every edition in DIR,",
        "one line per scenario. Exit status: 0 when all pass, 1 when any fails (or there is none), 3 when the rules are broken."})
    static final class Test implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "a folder holding an edition, or folders of them")
        private Path directory;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ParaEngine engine = compile(directory, spec.commandLine().getErr());
            if (engine == null) {
                return ExitCodes.BROKEN_RULES;
            }
            List<ScenarioResult> results = engine.runScenarios();
            if (results.isEmpty()) {
                spec.commandLine().getErr().println(directory + ": no scenarios; put them in <edition>/scenarios/*.json");
                return ExitCodes.OTHER;
            }
            results.forEach(out::println);
            long failed = results.stream().filter(r -> !r.passed()).count();
            out.println((results.size() - failed) + " passed, " + failed + " failed");
            return failed == 0 ? ExitCodes.ASSESSED : ExitCodes.OTHER;
        }
    }
}
