package org.mla.para.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mla.para.engine.GapAnalysis;
import org.mla.para.engine.InvalidPortfolioException;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.ParaJson;
import org.mla.para.engine.PlainWords;
import org.mla.para.engine.RuleEditionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code para gap}: what exactly a portfolio still needs for a level. */
@Command(name = "gap",
        description = {"Says what a portfolio still needs for its target level, or for --level N.",
            "For each unmet requirement: ways to close it; then the claims that only wait for evidence, and a plan.",
            "Every suggestion is found by assessing hypothetical claims with the rules themselves."})
final class GapCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a portfolio JSON file")
    private Path file;

    @Option(names = "--level", paramLabel = "N", description = "the level to plan for (default: the portfolio's target level)")
    private Integer level;

    @Option(names = "--json", description = "print the analysis as one JSON object")
    private boolean json;

    @Mixin
    private EngineOptions options;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ParaEngine engine = options.engine(err);
            if (engine == null) {
                return ExitCodes.BROKEN_RULES;
            }
            GapAnalysis gap = engine.gapJson(InputFiles.read(file, InputFiles.LARGEST), options.asOf, level);
            out.print(json ? ParaJson.write(gap) + "\n" : human(gap));
            out.flush();
            return ExitCodes.ASSESSED;
        } catch (InvalidPortfolioException e) {
            for (var problem : e.problems()) {
                // With --level, the target level is the option's, not the file's.
                boolean ofTheOption = level != null && problem.path().equals("targetLevel");
                err.println(ofTheOption ? "--level: " + problem.message() : file + ": " + problem);
            }
            return ExitCodes.INVALID_INPUT;
        } catch (RuleEditionException e) {
            e.problems().forEach(err::println);
            return ExitCodes.BROKEN_RULES;
        } catch (CharacterCodingException e) {
            err.println(file + ": $: not UTF-8 text; save the portfolio as UTF-8");
            return ExitCodes.INVALID_INPUT;
        } catch (InputFiles.Unreadable e) {
            err.println(file + ": " + e.getMessage());
            return ExitCodes.OTHER;
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return ExitCodes.OTHER;
        }
    }

    static String human(GapAnalysis gap) {
        StringBuilder out = new StringBuilder();
        var assessment = gap.assessment();
        out.append("Gap to Level ").append(assessment.targetLevel()).append(" for ").append(assessment.applicantId())
                .append(", as of ").append(assessment.asOf()).append(" under rule edition \"").append(assessment.edition())
                .append("\"\n\n");
        if (gap.shortfalls().isEmpty()) {
            out.append("Nothing is missing: ").append(HumanReport.verdict(assessment)).append('\n');
            return out.toString();
        }
        for (GapAnalysis.Shortfall shortfall : gap.shortfalls()) {
            out.append(shortfall.name()).append(": ").append(shortfall.actual()).append(" of ").append(shortfall.required());
            if (!shortfall.advice().isEmpty()) {
                out.append(": ").append(shortfall.advice()).append('\n');
                continue;
            }
            out.append(", short by ").append(shortfall.shortBy()).append('.');
            if (shortfall.options().isEmpty()) {
                out.append(" No single addition closes it; see the plan.\n");
            } else if (shortfall.anyOptionCloses()) {
                out.append(" Any one of these closes it:\n");
            } else {
                out.append(" No single addition closes it; each of these brings it closer:\n");
            }
            for (GapAnalysis.Option option : shortfall.options()) {
                out.append("  - ").append(option.description()).append(" (+").append(option.gain()).append(")\n");
            }
            if (!shortfall.why().isEmpty()) {
                out.append("  Why this area: ").append(shortfall.why()).append('\n');
            }
        }
        if (!gap.pendingEvidence().isEmpty()) {
            out.append("\nClaims waiting for evidence:\n");
            for (GapAnalysis.PendingEvidence waiting : gap.pendingEvidence()) {
                String title = gap.planned().claims().stream().filter(c -> c.id().equals(waiting.claimId())).findFirst()
                        .map(c -> " “" + c.title() + "”").orElse("");
                out.append("  - ").append(waiting.claimId()).append(title).append(": +").append(waiting.pendingPoints()).append(" with ")
                        .append(PlainWords.anyOf(waiting.accepted())).append('\n');
            }
        }
        out.append("\nPlan:\n");
        if (gap.plan().isEmpty()) {
            out.append("  (no claim can close what is missing)\n");
        }
        int step = 1;
        for (GapAnalysis.Step planned : gap.plan()) {
            out.append("  ").append(step++).append(". ").append(planned.description()).append("  (for ")
                    .append(planned.closes()).append(")\n");
        }
        out.append("With the plan: ").append(HumanReport.verdict(gap.plannedAssessment())).append('\n');
        return out.toString();
    }
}
