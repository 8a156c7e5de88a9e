package org.mla.para.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.mla.para.engine.ParaJson;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Assessment;
import org.mla.para.model.Portfolio;
import org.mla.para.workflow.Application;
import org.mla.para.workflow.ApplicationEvent;
import org.mla.para.workflow.Attention;
import org.mla.para.workflow.Certificate;
import org.mla.para.workflow.Change;
import org.mla.para.workflow.FeePayment;
import org.mla.para.workflow.Outcome;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.Recipient;
import org.mla.para.workflow.Registration;
import org.mla.para.workflow.WorkflowException;
import org.mla.para.workflow.WorkflowJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The program chair's commands: one per workflow action, plus the calendar and the lists. */
final class WorkflowCommands {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkflowCommands() {
    }

    @Command(name = "register", description = "Registers an applicant for a level: a new application.")
    static final class Register extends WorkflowCommand {
        @Option(names = "--applicant-id", required = true, paramLabel = "ID", description = "the applicant's id in MLA's records")
        String applicantId;
        @Option(names = "--name", required = true, description = "the applicant's name, as the certificate will show it")
        String name;
        @Option(names = "--email", description = "where notifications go")
        String email;
        @Option(names = "--level", required = true, paramLabel = "1-4", description = "the level registered for")
        int level;
        @Option(names = "--on", paramLabel = "yyyy-MM-dd", converter = DateConverter.class,
                description = "the registration day (default: today)")
        LocalDate on;

        @Override
        int run(ParaWorkflow workflow, PrintWriter out) {
            Application application = workflow.register(new Registration(applicantId, name, email, level,
                    on == null ? workflow.today() : on), options.actor);
            return done(out, application, "registered " + name + " for Level " + level);
        }
    }

    @Command(name = "submit", description = {"Records a portfolio's arrival with the fee, today (or --today).",
        "The portfolio is validated and assessed; the applicant is sent a receipt."})
    static final class Submit extends WorkflowCommand {
        @Parameters(index = "0", paramLabel = "APPLICATION")
        String id;
        @Parameters(index = "1", paramLabel = "PORTFOLIO", description = "the portfolio JSON file")
        Path file;
        @Option(names = "--fee-paid", paramLabel = "AMOUNT", converter = MoneyConverter.class,
                description = "the fee paid, e.g. 25.00 (required: no fee, no submission)")
        BigDecimal fee;
        @Option(names = "--paid-on", paramLabel = "yyyy-MM-dd", converter = DateConverter.class,
                description = "when the fee was paid (default: the day of submission)")
        LocalDate paidOn;
        @Option(names = "--reference", description = "check number or payment id")
        String reference;
        @Option(names = "--accept-unrecorded-level", paramLabel = "LEVEL",
                description = "the Review Board accepts this prior level although PARA's record does not hold it "
                        + "(recorded as an event, with --reason); repeat for several")
        List<Integer> acceptedLevels = List.of();
        @Option(names = "--reason", description = "why the Board accepts the unrecorded prior level(s)")
        String reason;

        @Override
        int run(ParaWorkflow workflow, PrintWriter out) throws IOException {
            Portfolio portfolio = ParaJson.readPortfolio(read(file));
            FeePayment payment = fee == null ? null : new FeePayment(fee, paidOn == null ? workflow.today() : paidOn, reference);
            if (reason != null && acceptedLevels.isEmpty()) {
                throw new WorkflowException("--reason goes with --accept-unrecorded-level LEVEL");
            }
            if (!acceptedLevels.isEmpty() && (reason == null || reason.isBlank())) {
                throw new WorkflowException("--accept-unrecorded-level needs --reason: why the Board accepts the level");
            }
            Application application = workflow.submit(id, portfolio, payment, acceptedLevels.stream()
                    .map(level -> new ParaWorkflow.PriorLevelAcceptance(level, reason)).toList(), options.actor);
            if (!options.json) {
                Portfolio received = ParaJson.readPortfolio(application.submission().portfolioJson());
                for (org.mla.para.model.HeldLevel held : received.heldLevels()) {
                    out.println("  prior level: Level " + held.level() + " awarded " + held.awardedOn()
                            + (acceptedLevels.contains(held.level()) ? " (accepted by the Board: " + reason.strip() + ")"
                            : " (PARA's record)"));
                }
                out.println("  assessed: " + HumanReport.verdict(application.submittedAssessment().orElseThrow()));
            }
            return done(out, application, "submitted on " + application.submission().submittedOn());
        }
    }

    @Command(name = "meetings", description = "Lists the Review Board's meetings, or adds or removes some.")
    static final class Meetings extends WorkflowCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "list|add|remove", defaultValue = "list")
        String verb;
        @Parameters(index = "1..*", paramLabel = "DATE", description = "meeting days, yyyy-MM-dd")
        List<String> days = List.of();

        @Override
        int run(ParaWorkflow workflow, PrintWriter out) {
            List<LocalDate> dates = new java.util.ArrayList<>();
            for (String day : days) {
                try {
                    dates.add(new DateConverter().convert(day));
                } catch (picocli.CommandLine.TypeConversionException e) {
                    throw new WorkflowException("DATE: " + e.getMessage() + "; nothing was changed");
                }
            }
            if (verb.equals("add")) {
                dates.stream().filter(d -> !workflow.policy().plausible(d)).findFirst().ifPresent(d -> {
                    throw new WorkflowException("DATE: " + d + " is outside the days the program records, "
                            + workflow.policy().earliestDate() + " to " + workflow.policy().latestDate()
                            + " (earliestDate and latestDate in the workflow policy); nothing was changed");
                });
            }
            switch (verb) {
                case "list" -> { }
                case "add" -> dates.forEach(workflow::addMeeting);
                case "remove" -> dates.stream().filter(d -> !workflow.removeMeeting(d))
                        .forEach(d -> out.println("no meeting on " + d));
                default -> throw new WorkflowException("meetings takes list, add or remove, not '" + verb + "'");
            }
            if ((verb.equals("add") || verb.equals("remove")) && dates.isEmpty()) {
                throw new WorkflowException("meetings " + verb + " needs at least one DATE");
            }
            List<LocalDate> meetings = workflow.meetings();
            if (options.json) {
                ArrayNode array = JSON.createArrayNode();
                meetings.forEach(m -> array.add(m.toString()));
                out.println(array);
            } else if (meetings.isEmpty()) {
                out.println("no Review Board meetings yet: add them with 'para meetings add DATE...'");
            } else {
                out.println("Review Board meetings:");
                meetings.forEach(m -> out.println("  " + m + (m.isBefore(workflow.today()) ? "  (past)" : "")));
            }
            return ExitCodes.ASSESSED;
        }
    }

    @Command(name = "schedule", description = "Sends a submitted application to the first Review Board meeting at least the "
            + "policy's lead time (meetingLeadDays) after its submission, and not already held.")
    static final class Schedule extends WorkflowCommand {
        @Parameters(paramLabel = "APPLICATION")
        String id;

        @Override
        int run(ParaWorkflow workflow, PrintWriter out) {
            Application application = workflow.schedule(id, options.actor);
            return done(out, application, "scheduled for the meeting of " + application.scheduled().meeting()
                    + ", decision due " + application.decisionDueOn());
        }
    }

    @Command(name = "open-review", description = "Records that the Review Board takes the application up at its meeting.")
    static final class OpenReview extends WorkflowCommand {
        @Parameters(paramLabel = "APPLICATION")
        String id;

        @Override
        int run(ParaWorkflow workflow, PrintWriter out) {
            return done(out, workflow.openReview(id, options.actor), "under review");
        }
    }

    @Command(name = "decide", description = {"Records the Board's preliminary decision, read from a small JSON file.",
        "{ \"outcome\": \"PRELIMINARY_APPROVAL\" | \"REVISIONS_REQUESTED\" | \"NOT_APPROVED\", \"comment\": \"...\",",
        "  \"adjustments\": [ { \"claimId\": \"c3\", \"action\": \"DISALLOW\" | \"SET_POINTS\" | \"MOVE_AREA\",",
        "                     \"points\": 10, \"area\": \"GENERAL\", \"reason\": \"...\", \"reviewer\": \"...\" } ] }",
        "The portfolio is assessed again with the adjustments; both assessments are kept."})
    static final class Decide extends WorkflowCommand {
        @Parameters(index = "0", paramLabel = "APPLICATION")
        String id;
        @Parameters(index = "1", paramLabel = "DECISION", description = "the decision JSON file")
        Path file;

        @Override
        int run(ParaWorkflow workflow, PrintWriter out) throws IOException {
            WorkflowJson.Decision decision;
            try {
                decision = WorkflowJson.readDecision(read(file), false);
            } catch (org.mla.para.engine.InvalidPortfolioException e) {
                throw new WorkflowException(file + ": " + String.join("; ", e.problems().stream().map(Object::toString).toList()));
            }
            Outcome outcome = decision.outcome();
            List<Adjustment> adjustments = decision.adjustments();
            String comment = decision.comment();
            Application application = workflow.decide(id, outcome, adjustments, comment, options.actor);
            if (!options.json) {
                Assessment adjusted = application.decidedAssessment().orElseThrow();
                out.println("  " + assessedAgain(adjustments.size()) + ": " + HumanReport.verdict(adjusted));
                // A reviewer's points still meet duplicates and caps: say so when they changed them.
                for (Change.ReducedPoints reduced : application.decision().reducedPoints()) {
                    out.println("  note: " + reduced.claimId() + " was set to " + reduced.set() + " points by "
                            + reduced.reviewer() + " but counts " + reduced.counted() + " " + reduced.notes());
                }
            }
            return done(out, application, "decided " + outcome);
        }
    }

    @Command(name = "approve", description = "Records the MLA Executive Board's and the MBLC's signatures (both required).")
    static final class Approve extends WorkflowCommand {
        @Parameters(paramLabel = "APPLICATION")
        String id;
        @Option(names = "--executive-board", paramLabel = "NAME", description = "who signed for the MLA Executive Board")
        String executiveBoard;
        @Option(names = "--mblc", paramLabel = "NAME", description = "who signed for the Massachusetts Board of Library Commissioners")
        String mblc;

        @Override
        int run(ParaWorkflow workflow, PrintWriter out) {
            return done(out, workflow.approve(id, executiveBoard, mblc, options.actor), "approved");
        }
    }

    @Command(name = "issue", description = "Issues the certificate; the recipient joins the list of recipients.")
    static final class Issue extends WorkflowCommand {
        @Parameters(paramLabel = "APPLICATION")
        String id;

        @Override
        int run(ParaWorkflow workflow, PrintWriter out) {
            Application application = workflow.issue(id, options.actor);
            return done(out, application, "certificate issued: " + certificate(application.certificate()));
        }
    }

    @Command(name = "withdraw", description = "Records the applicant's withdrawal (until the Board decides).")
    static final class Withdraw extends WorkflowCommand {
        @Parameters(paramLabel = "APPLICATION")
        String id;
        @Option(names = "--reason", required = true, description = "why")
        String reason;

        @Override
        int run(ParaWorkflow workflow, PrintWriter out) {
            return done(out, workflow.withdraw(id, reason, options.actor), "withdrawn");
        }
    }

    @Command(name = "show", description = "Shows an application: state, due dates, assessments, decision and history; "
            + "without APPLICATION, lists them all.")
    static final class Show extends WorkflowCommand {
        @Parameters(arity = "0..1", paramLabel = "APPLICATION")
        String id;

        @Override
        int run(ParaWorkflow workflow, PrintWriter out) {
            if (id == null) {
                ParaWorkflow.Listing listing = workflow.listing();
                List<Application> all = listing.applications();
                if (options.json) {
                    ArrayNode array = JSON.createArrayNode();
                    all.forEach(a -> array.add(tree(WorkflowJson.write(a))));
                    out.println(array.toPrettyString());
                } else if (all.isEmpty()) {
                    out.println("no applications yet: register one with 'para register'");
                } else {
                    all.forEach(a -> out.printf("%-10s %-24s Level %d  %s%n", a.id(), a.registration().name(),
                            a.registration().targetLevel(), a.state()));
                }
                return unreadable(listing);
            }
            Application application = workflow.find(id).orElseThrow(() -> new WorkflowException("no application " + id
                    + (workflow.applications().isEmpty() ? "; none is registered yet" : "; known: "
                    + String.join(", ", workflow.applications().stream().map(Application::id).toList()))));
            if (options.json) {
                out.println(WorkflowJson.write(application));
            } else {
                describe(application, out);
            }
            return ExitCodes.ASSESSED;
        }
    }

    @Command(name = "recipients", description = {"Lists MLA's PARA recipients: name, level, year.",
        "'recipients import FILE.csv' adds the certificates awarded before PARA kept records, from a CSV file",
        "with the header name,applicant_id,level,year_or_date,source (all or nothing; a line already in the",
        "record is skipped). Submissions' prior levels are checked against this record."})
    static final class Recipients extends WorkflowCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "import", description = "import FILE.csv")
        String verb;
        @Parameters(index = "1", arity = "0..1", paramLabel = "FILE.csv")
        Path file;

        @Override
        int run(ParaWorkflow workflow, PrintWriter out) throws IOException {
            if (verb != null) {
                if (!verb.equals("import") || file == null) {
                    throw new WorkflowException("recipients takes no argument, or 'import FILE.csv' (was '" + verb + "')");
                }
                List<org.mla.para.workflow.HistoricalCertificate> certificates = RecipientsCsv.read(read(file), file.toString());
                int added = workflow.importHistoricalCertificates(certificates);
                out.println("imported " + added + " certificate(s) from " + file
                        + (added < certificates.size() ? "; " + (certificates.size() - added) + " already in the record" : ""));
                return ExitCodes.ASSESSED;
            }
            ParaWorkflow.Listing listing = workflow.listing();
            List<Recipient> recipients = workflow.recipients(listing);
            if (options.json) {
                ArrayNode array = JSON.createArrayNode();
                recipients.forEach(r -> array.addObject().put("name", r.name()).put("level", r.level()).put("year", r.year()));
                out.println(array.toPrettyString());
            } else if (recipients.isEmpty()) {
                out.println("no certificates issued yet");
            } else {
                recipients.forEach(r -> out.printf("%d  Level %d  %s%n", r.year(), r.level(), r.name()));
            }
            return unreadable(listing);
        }
    }

    @Command(name = "attention", description = "Lists what needs attention: every open application's next step and due date, "
            + "overdue decisions and long reviews flagged, in date order.")
    static final class AttentionList extends WorkflowCommand {
        @Override
        int run(ParaWorkflow workflow, PrintWriter out) {
            ParaWorkflow.Listing listing = workflow.listing();
            List<Attention> items = workflow.attention(listing);
            if (options.json) {
                out.println(WorkflowJson.write(items));
            } else if (items.isEmpty()) {
                out.println("nothing needs attention");
            } else {
                for (Attention item : items) {
                    out.printf("%-10s  %-10s  %-20s %-19s %s%s%n", item.dueOn() == null ? "-" : item.dueOn(), item.applicationId(),
                            item.name(), item.state(), item.task(),
                            item.flags().isEmpty() ? "" : "  !! " + String.join(", ",
                                    item.flags().stream().sorted().map(Enum::name).toList()));
                }
            }
            return unreadable(listing);
        }
    }

    // --- shared ---------------------------------------------------------------------------

    static String read(Path file) throws IOException {
        try {
            return InputFiles.read(file, InputFiles.LARGEST);
        } catch (InputFiles.Unreadable e) {
            throw new WorkflowException(file + ": " + e.getMessage());
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String certificate(Certificate certificate) {
        return "Level " + certificate.level() + " for " + certificate.name() + ", " + certificate.issuedOn() + ", "
                + (certificate.atConference() ? "presented at the " + certificate.conferenceYear() + " MLA conference"
                : "delivered (submitted after the conference deadline)");
    }

    private static void describe(Application a, PrintWriter out) {
        Registration r = a.registration();
        out.println(a.id() + "  " + r.name() + " (" + r.applicantId() + (r.email() == null ? "" : ", " + r.email())
                + "), Level " + r.targetLevel() + ": " + a.state() + WorkflowCommand.nextSteps(a));
        out.println("  registered   " + r.registeredOn());
        a.history().stream().map(ApplicationEvent::change).filter(Change.PriorLevelAccepted.class::isInstance)
                .map(Change.PriorLevelAccepted.class::cast).forEach(accepted -> out.println("  prior level  Level "
                        + accepted.level() + " accepted by the Board on " + accepted.acceptedOn() + ": " + accepted.reason()));
        if (a.submission() != null) {
            FeePayment fee = a.submission().fee();
            out.println("  submitted    " + a.submission().submittedOn() + "  (fee " + fee.amount() + " paid " + fee.paidOn()
                    + (fee.reference() == null ? "" : ", " + fee.reference()) + ")");
            out.println("               assessed: " + HumanReport.verdict(a.submission().assessment()));
        }
        if (a.scheduled() != null) {
            out.println("  meeting      " + a.scheduled().meeting() + (a.decisionDueOn() == null ? ""
                    : "  (decision due " + a.decisionDueOn() + ")"));
        }
        if (a.decision() != null) {
            out.println("  decision     " + a.decision().outcome() + " on " + a.decision().decidedOn()
                    + (a.decision().comment() == null ? "" : ": " + a.decision().comment()));
            for (Adjustment adjustment : a.decision().adjustments()) {
                out.println("               " + adjustment.claimId() + " " + adjustment.action()
                        + (adjustment.points() == null ? "" : " " + adjustment.points())
                        + (adjustment.area() == null ? "" : " " + adjustment.area())
                        + ": " + adjustment.reason() + " (" + adjustment.reviewer() + ")");
            }
            Assessment adjusted = a.decision().assessment();
            out.println("               " + assessedAgain(a.decision().adjustments().size()) + ": " + HumanReport.verdict(adjusted));
        }
        if (a.approval() != null) {
            out.println("  approved     " + a.approval().approvedOn() + "  (MLA Executive Board: "
                    + a.approval().executiveBoardSignature() + "; MBLC: " + a.approval().mblcSignature() + ")");
        }
        if (a.certificate() != null) {
            out.println("  certificate  " + certificate(a.certificate()));
        }
        out.println("  history");
        // Columns as wide as their widest value; times to the second, whatever precision the store kept.
        int sequence = a.history().stream().mapToInt(e -> String.valueOf(e.sequence()).length()).max().orElse(1);
        int actor = a.history().stream().mapToInt(e -> e.actor().length()).max().orElse(1);
        int action = a.history().stream().mapToInt(e -> e.action().word().length()).max().orElse(1);
        for (ApplicationEvent event : a.history()) {
            out.printf("    %" + sequence + "d  %s  %-" + actor + "s  %-" + action + "s  %s -> %s%n", event.sequence(),
                    EVENT_TIME.format(event.at()), event.actor(), event.action().word(),
                    event.from() == null ? "-" : event.from(), event.to());
        }
    }

    private static final java.time.format.DateTimeFormatter EVENT_TIME =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC);

    /** How the decision's assessment came about, in the words of {@code decide} and {@code show}. */
    static String assessedAgain(int adjustments) {
        return switch (adjustments) {
            case 0 -> "assessed again, without adjustments";
            case 1 -> "assessed with the 1 adjustment";
            default -> "assessed with the " + adjustments + " adjustments";
        };
    }
}
