package org.mla.para.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mla.para.engine.Explanation;
import org.mla.para.engine.InvalidPortfolioException;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.ParaJson;
import org.mla.para.engine.Problem;
import org.mla.para.store.jdbc.JdbcApplicationStore;
import org.mla.para.model.Assessment;
import org.mla.para.model.Portfolio;
import org.mla.para.report.MeetingReport;
import org.mla.para.report.ReviewBoardReport;
import org.mla.para.workflow.Application;
import org.mla.para.workflow.ApplicationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code para report}: the Review Board's reading before a meeting. */
@Command(name = "report", description = {"Writes one self-contained HTML report for the Review Board, on a folder of portfolios or one meeting.",
    "On DIR: every portfolio (*.json) in it, a summary, then per applicant the tally sheet a reviewer checks;",
    "invalid portfolios appear with their problems. With --meeting DATE instead of DIR: the packet for that",
    "Review Board meeting, from the application database: each application on its agenda with its state, the",
    "assessment stored at submission and, once decided, the reviewers' adjustments with their reasons and the",
    "adjusted assessment."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "a folder of portfolio files")
    private Path directory;

    @Option(names = "--meeting", paramLabel = "yyyy-MM-dd", converter = DateConverter.class,
            description = "report the agenda of the Review Board meeting on this day, from the application database")
    private LocalDate meeting;

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "with --meeting: the applications database, an H2 file (default: ${DEFAULT-VALUE} in the current "
                    + "folder, or $PARA_DB) or a JDBC URL",
            defaultValue = "${env:PARA_DB:-" + WorkflowOptions.DEFAULT_DB + "}")
    private String db;

    @Option(names = "--out", paramLabel = "FILE", description = "the HTML report to write (default: ${DEFAULT-VALUE})",
            defaultValue = "report.html")
    private Path out;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the summary as CSV (for a folder of portfolios)")
    private Path csv;

    @Mixin
    private EngineOptions options;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if ((directory == null) == (meeting == null)) {
            err.println(directory == null ? "DIR: give a folder of portfolios, or --meeting DATE for a meeting's agenda"
                    : "--meeting: give either DIR or --meeting DATE, not both");
            return ExitCodes.INVALID_INPUT;
        }
        if (meeting != null && csv != null) {
            err.println("--csv: only for a folder of portfolios; a meeting's packet is HTML");
            return ExitCodes.INVALID_INPUT;
        }
        ParaEngine engine = options.engine(err);
        if (engine == null) {
            return ExitCodes.BROKEN_RULES;
        }
        return meeting != null ? meetingReport(engine) : folderReport(engine);
    }

    private Integer folderReport(ParaEngine engine) {
        var err = spec.commandLine().getErr();
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
                engine.assessJson(text, options.asOf);
                Portfolio portfolio = ParaJson.readPortfolio(text);
                entries.add(ReviewBoardReport.Entry.assessed(file, portfolio, engine.explain(portfolio, options.asOf, List.of()),
                        engine.editionFor(portfolio)));
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

    private Integer meetingReport(ParaEngine engine) {
        var err = spec.commandLine().getErr();
        if (!db.startsWith("jdbc:") && !Files.exists(Path.of(db.endsWith(".mv.db") ? db : db + ".mv.db"))) {
            err.println("--db: no application database at " + db + ".mv.db; give the file the program chair records in with --db FILE");
            return ExitCodes.INVALID_INPUT;
        }
        ApplicationStore store = db.startsWith("jdbc:") ? JdbcApplicationStore.open(db) : JdbcApplicationStore.h2File(Path.of(db));
        List<LocalDate> meetings = store.meetings();
        if (!meetings.contains(meeting)) {
            err.println("--meeting: no Review Board meeting on " + meeting + " (meetings: "
                    + (meetings.isEmpty() ? "none; add one with para meetings add DATE"
                    : meetings.stream().map(LocalDate::toString).collect(Collectors.joining(", "))) + ")");
            return ExitCodes.INVALID_INPUT;
        }
        List<MeetingReport.Item> items = new ArrayList<>();
        for (String id : store.applicationIds().stream().sorted().toList()) {
            Application application = Application.replay(store.events(id));
            if (application.scheduled() == null || !application.scheduled().meeting().equals(meeting)
                    || application.submission() == null) {
                continue;
            }
            items.add(item(engine, application));
        }
        try {
            Files.writeString(out, MeetingReport.html(meeting, items, LocalDate.now(ParaEngine.PROGRAM_ZONE)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(out + ": cannot write: " + e.getMessage());
            return ExitCodes.OTHER;
        }
        spec.commandLine().getOut().println("wrote " + out + ": " + items.size() + (items.size() == 1 ? " application" : " applications")
                + " on the agenda of " + meeting);
        return ExitCodes.ASSESSED;
    }

    /**
     * The stored assessments, explained by assessing the stored portfolio again; when today's
     * rules give another result, the stored assessment is shown with its notes unexplained.
     */
    private static MeetingReport.Item item(ParaEngine engine, Application application) {
        var submission = application.submission();
        Portfolio portfolio = ParaJson.readPortfolio(submission.portfolioJson());
        boolean differs = false;
        Explanation submitted = explainOrStored(engine, portfolio, submission.submittedOn(), List.of(), submission.assessment());
        differs |= submitted.claims().isEmpty() && !portfolio.claims().isEmpty();
        Explanation decided = null;
        if (application.decision() != null) {
            var decision = application.decision();
            decided = explainOrStored(engine, portfolio, submission.submittedOn(), decision.adjustments(), decision.assessment());
            differs |= decided.claims().isEmpty() && !portfolio.claims().isEmpty();
        }
        return new MeetingReport.Item(application, portfolio, submitted, decided, engine.editionFor(portfolio), differs);
    }

    private static Explanation explainOrStored(ParaEngine engine, Portfolio portfolio, LocalDate asOf,
            List<org.mla.para.model.Adjustment> adjustments, Assessment stored) {
        try {
            Explanation again = engine.explain(portfolio, asOf, adjustments);
            if (ParaJson.write(again.assessment()).equals(ParaJson.write(stored))) {
                return again;
            }
        } catch (InvalidPortfolioException e) {
            // the rules in use today refuse it: show what was stored
        }
        return new Explanation(stored, List.of());
    }
}
