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

    /** What both subcommands share: a rule directory, compiled, or the reason it cannot be. */
    abstract static class OnRuleDirectory implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "a folder holding an edition (edition.json and *.drl), or folders of them")
        Path directory;

        @Spec
        CommandSpec spec;

        @Override
        public final Integer call() {
            ParaEngine engine;
            try {
                engine = ParaEngine.fromDirectory(directory);
            } catch (RuleEditionException e) {
                PrintWriter err = spec.commandLine().getErr();
                e.problems().forEach(err::println);
                err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + " in " + directory);
                return ExitCodes.BROKEN_RULES;
            }
            return call(engine, spec.commandLine().getOut());
        }

        abstract int call(ParaEngine engine, PrintWriter out);
    }

    @Command(name = "check", description = {"Compiles every edition in DIR and reports each problem as file:line:col: message.",
        "Besides Drools' own errors: rules without an @id, an id used twice, areas the descriptor does not define,",
        "descriptor fields missing or malformed, and code outside the model and java.lang, java.math, java.time, java.util.",
        "Exit status: 0 when every edition compiles, 3 when any is broken."})
    static final class Check extends OnRuleDirectory {

        @Override
        int call(ParaEngine engine, PrintWriter out) {
            for (Edition edition : engine.editions()) {
                out.println("OK " + edition.id() + " (in force from " + edition.effectiveFrom() + "): "
                        + engine.ruleIds().get(edition.id()).size() + " rules, " + edition.areas().size() + " areas");
            }
            return ExitCodes.ASSESSED;
        }
    }

    @Command(name = "test", description = {"Runs the scenario files (scenarios/*.json) of every edition in DIR, one line per scenario.",
        "Exit status: 0 when all pass, 1 when any fails (or there is none), 3 when the rules are broken."})
    static final class Test extends OnRuleDirectory {

        @Override
        int call(ParaEngine engine, PrintWriter out) {
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
