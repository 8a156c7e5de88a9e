package org.mla.para.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mla.para.engine.InvalidPortfolioException;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.ParaJson;
import org.mla.para.engine.Problem;
import org.mla.para.report.ReviewBoardReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code para report}: the Review Board's reading before a meeting. */
@Command(name = "report", description = {"Assesses every portfolio (*.json) in DIR and writes one self-contained HTML report:",
    "a summary, then per applicant the tally sheet a reviewer checks. Invalid portfolios appear with their problems."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "a folder of portfolio files")
    private Path directory;

    @Option(names = "--out", paramLabel = "FILE", description = "the HTML report to write (default: ${DEFAULT-VALUE})",
            defaultValue = "report.html")
    private Path out;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the summary as CSV")
    private Path csv;

    @Mixin
    private EngineOptions options;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        ParaEngine engine = options.engine(err);
        if (engine == null) {
            return ExitCodes.BROKEN_RULES;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            err.println(directory + ": cannot list: " + e.getMessage());
            return ExitCodes.OTHER;
        }
        List<ReviewBoardReport.Entry> entries = new ArrayList<>();
        for (Path file : files) {
            try {
                String text = InputFiles.read(file, InputFiles.LARGEST);
                // Assess first: it reports every problem; reading alone reports only those of form.
                var assessment = engine.assessJson(text, options.asOf);
                entries.add(ReviewBoardReport.Entry.assessed(file, ParaJson.readPortfolio(text), assessment));
            } catch (InvalidPortfolioException e) {
                entries.add(ReviewBoardReport.Entry.refused(file, e.problems()));
            } catch (InputFiles.Unreadable e) {
                entries.add(ReviewBoardReport.Entry.refused(file, List.of(new Problem("$", e.getMessage()))));
            } catch (IOException e) {
                entries.add(ReviewBoardReport.Entry.refused(file, List.of(new Problem("$", "cannot read: " + e.getMessage()))));
            }
        }
        try {
            Files.writeString(out, ReviewBoardReport.html(entries, LocalDate.now(ParaEngine.PROGRAM_ZONE)), StandardCharsets.UTF_8);
            if (csv != null) {
                Files.writeString(csv, ReviewBoardReport.csv(entries), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println(out + ": cannot write: " + e.getMessage());
            return ExitCodes.OTHER;
        }
        spec.commandLine().getOut().println("wrote " + out + (csv == null ? "" : " and " + csv) + ": " + entries.size() + " portfolios");
        return ExitCodes.ASSESSED;
    }
}
