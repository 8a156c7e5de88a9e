package org.mla.para.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mla.para.engine.InvalidPortfolioException;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.ParaJson;
import org.mla.para.engine.Problem;
import org.mla.para.engine.RuleEditionException;
import org.mla.para.model.Assessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code para assess}: assesses portfolio files and reports every point. */
@Command(name = "assess",
        description = {"Assesses portfolios against the rule edition in force for each, and explains every point.",
            "A FILE that is a directory means every *.json directly in it, in name order."})
final class AssessCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "portfolio JSON files or directories of them")
    private List<Path> files;

    @Option(names = "--json", description = "print one assessment JSON object per line, in argument order")
    private boolean json;

    @Mixin
    private EngineOptions options;

    @Spec
    private CommandSpec spec;

    /** Arguments that named no readable file or directory. */
    private int missing;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ParaEngine engine = options.engine(err);
        if (engine == null) {
            return ExitCodes.BROKEN_RULES;
        }
        try {
            return assessAll(engine, out, err);
        } finally {
            out.flush();
        }
    }

    private int assessAll(ParaEngine engine, PrintWriter out, PrintWriter err) {
        int status = ExitCodes.ASSESSED;
        boolean first = true;
        for (Path file : portfolioFiles(err)) {
            try {
                String text = InputFiles.read(file, InputFiles.LARGEST);
                Assessment assessment = engine.assessJson(text, options.asOf);
                if (json) {
                    out.println(ParaJson.write(assessment));
                } else {
                    if (!first) {
                        out.println();
                    }
                    var portfolio = ParaJson.readPortfolio(text);
                    out.print(HumanReport.of(file, engine.explain(portfolio, options.asOf, java.util.List.of()), portfolio));
                }
                first = false;
            } catch (InvalidPortfolioException e) {
                for (Problem problem : e.problems()) {
                    err.println(file + ": " + problem);
                }
                status = worse(status, ExitCodes.INVALID_INPUT);
            } catch (RuleEditionException e) {
                e.problems().forEach(problem -> err.println(file + ": " + problem));
                return ExitCodes.BROKEN_RULES;
            } catch (CharacterCodingException e) {
                err.println(file + ": $: not UTF-8 text; save the portfolio as UTF-8");
                status = worse(status, ExitCodes.INVALID_INPUT);
            } catch (InputFiles.Unreadable e) {
                err.println(file + ": " + e.getMessage());
                status = worse(status, ExitCodes.OTHER);
            } catch (IOException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                status = worse(status, ExitCodes.OTHER);
            } catch (RuntimeException e) {
                // Not the user's mistake: say so, and go on with the other files.
                err.println(file + ": internal error, please report it: " + e);
                status = worse(status, ExitCodes.OTHER);
            }
        }
        if (missing > 0) {
            status = worse(status, ExitCodes.OTHER);
        }
        return status;
    }

    /** Files as given; a directory gives its *.json files in name order. */
    private List<Path> portfolioFiles(PrintWriter err) {
        List<Path> portfolios = new ArrayList<>();
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                try (Stream<Path> children = Files.list(file)) {
                    children.filter(child -> child.getFileName().toString().endsWith(".json") && Files.isRegularFile(child))
                            .sorted().forEach(portfolios::add);
                } catch (IOException e) {
                    err.println(file + ": cannot list: " + e.getMessage());
                    missing++;
                }
            } else {
                portfolios.add(file); // what it is (a pipe, a device, a link that loops...) is said when it is read
            }
        }
        return portfolios;
    }

    /** Invalid input outranks other failures: it is what the user can fix. */
    private static int worse(int current, int next) {
        if (current == ExitCodes.INVALID_INPUT || next == ExitCodes.INVALID_INPUT) {
            return ExitCodes.INVALID_INPUT;
        }
        return Math.max(current, next);
    }
}
