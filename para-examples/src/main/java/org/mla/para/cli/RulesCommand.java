package org.mla.para.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mla.para.engine.Edition;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.RuleCheckFinding;
import org.mla.para.engine.RuleEditionException;
import org.mla.para.engine.ScenarioResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Command(name = "check", mixinStandardHelpOptions = true,
        header = "Compiles the editions in DIR and tries their rules on scenarios and generated portfolios.",
        description = {"Compiles every edition in DIR, then assesses its scenarios' portfolios and a few hundred generated ones "
        + "(every claim type and level, window edges, smallest and largest values).",
        "Reports each problem as file:line:col: rule \"name\" (ID): what is wrong. It finds mistakes in the text of the rule "
        + "files, rules without an @id, an id used twice, areas edition.json does not define, and code rule files may not use "
        + "(only the model and java.lang, java.math, java.time, java.util); and rules that throw, keep firing, leave a claim "
        + "unscored, give negative points or place points in an undefined area, each with a portfolio that shows it (saved as a file).",
        "Exit status: 0 when every edition passes, 3 when any is broken."})
    static final class Check extends OnRuleDirectory {

        @Override
        int call(ParaEngine engine, PrintWriter out) {
            List<RuleCheckFinding> findings = engine.checkRules();
            if (!findings.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                Path saved;
                try {
                    saved = Files.createTempDirectory("para-check-");
                } catch (IOException e) {
                    saved = null;
                }
                int n = 0;
                for (RuleCheckFinding finding : findings) {
                    err.println(finding.problem());
                    String file = "";
                    if (finding.shownBy().startsWith("scenario ")) {
                        // the scenario runs under its own edition whatever its dates: rules test reproduces it, a copy might not
                        err.println("  shown by " + finding.shownBy() + " (./para rules test " + directory + " runs it)");
                        continue;
                    }
                    if (saved != null) {
                        Path portfolio = saved.resolve("portfolio-" + (++n) + ".json");
                        try {
                            Files.writeString(portfolio, finding.portfolioJson() + System.lineSeparator());
                            file = "; saved as " + portfolio;
                        } catch (IOException e) {
                            file = "";
                        }
                    }
                    err.println("  shown by " + finding.shownBy() + file);
                }
                err.println(findings.size() + (findings.size() == 1 ? " problem" : " problems") + " in " + directory);
                return ExitCodes.BROKEN_RULES;
            }
            for (Edition edition : engine.editions()) {
                out.println("OK " + edition.id() + " (in force from " + edition.effectiveFrom() + "): "
                        + engine.ruleIds().get(edition.id()).size() + " rules, " + edition.areas().size() + " areas");
            }
            return ExitCodes.ASSESSED;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
        header = "Runs the editions' scenarios and lists the rules and table lines no scenario shows working.",
        description = {"Runs the scenario files (scenarios/*.json) of every edition in DIR, one line per scenario, then lists the rules "
        + "no scenario fires and the lines of the edition's tables that take effect in no scenario: a cap that takes points from "
        + "no claim, a kind of evidence that proves no claim of its line's type.",
        "Exit status: 0 when all pass, 1 when any fails (or there is none, or with --require-coverage a rule or a table line "
        + "is shown by no scenario), 3 when the rules are broken (they do not compile, or fail on a scenario's portfolio)."})
    static final class Test extends OnRuleDirectory {

        @Option(names = "--require-coverage", description = "fail (exit 1) when a rule fires, or a table line takes effect, in no scenario")
        boolean requireCoverage;

        @Override
        int call(ParaEngine engine, PrintWriter out) {
            List<ScenarioResult> results = engine.runScenarios();
            if (results.isEmpty()) {
                spec.commandLine().getErr().println(directory + ": no scenarios; put them in <edition>/scenarios/*.json");
                return ExitCodes.OTHER;
            }
            java.util.Set<String> failures = new java.util.HashSet<>();
            for (ScenarioResult result : results) {
                boolean again = result.rulesFailed() && !failures.add(result.differences().get(0));
                out.println(again ? "FAIL " + result.edition() + "/" + result.scenario() + ": the rules failed, as above" : result);
            }
            long failed = results.stream().filter(r -> !r.passed()).count();
            out.println((results.size() - failed) + " passed, " + failed + " failed");
            if (results.stream().anyMatch(ScenarioResult::rulesFailed)) {
                spec.commandLine().getErr().println("The rules are broken (see the FAIL lines): what no scenario shows working is "
                        + "listed once every scenario can be assessed.");
                return ExitCodes.BROKEN_RULES;
            }
            List<String> notFired = byEdition(engine.rulesNotFired(results));
            List<String> notShown = byEdition(engine.tableLinesNotShown(results));
            PrintWriter to = requireCoverage ? spec.commandLine().getErr() : out;
            if (!notFired.isEmpty()) {
                to.println(notFired.size() + (notFired.size() == 1 ? " rule fires" : " rules fire") + " in no scenario"
                        + (requireCoverage ? " (--require-coverage): add scenarios that fire " + (notFired.size() == 1 ? "it" : "them")
                        : ":"));
                notFired.forEach(rule -> to.println("  " + rule));
            }
            if (!notShown.isEmpty()) {
                to.println(notShown.size() + (notShown.size() == 1 ? " line of the edition's tables takes" : " lines of the edition's tables take")
                        + " effect in no scenario" + (requireCoverage ? " (--require-coverage): add scenarios that put "
                        + (notShown.size() == 1 ? "it" : "them") + " to work" : ":"));
                notShown.forEach(line -> to.println("  " + line));
            }
            boolean covered = notFired.isEmpty() && notShown.isEmpty();
            return failed == 0 && (covered || !requireCoverage) ? ExitCodes.ASSESSED : ExitCodes.OTHER;
        }

        private static List<String> byEdition(java.util.Map<String, List<String>> found) {
            List<String> lines = new java.util.ArrayList<>();
            found.forEach((edition, items) -> items.forEach(item -> lines.add(edition + "/" + item)));
            return lines;
        }
    }
}
