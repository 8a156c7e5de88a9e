package org.mla.para.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mla.para.engine.InvalidPortfolioException;
import org.mla.para.engine.RuleEditionException;
import org.mla.para.store.jdbc.StoreException;
import org.mla.para.workflow.Application;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.UnreadableHistoryException;
import org.mla.para.workflow.WorkflowException;
import org.mla.para.workflow.WorkflowJson;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every operator command shares: the workflow on the chosen database, and one way of
 * turning refusals into exit status 2 with the reason (never a stack trace).
 */
abstract class WorkflowCommand implements Callable<Integer> {

    @Mixin
    WorkflowOptions options;

    @Mixin
    MailOptions mail;

    @Spec
    CommandSpec spec;

    /** Does the command's work; returns its exit status. */
    abstract int run(ParaWorkflow workflow, PrintWriter out) throws Exception;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<String> problems = OptionChecks.problems(spec.commandLine().getParseResult(), options.policy());
            if (!problems.isEmpty()) {
                problems.forEach(p -> err.println("para: " + p));
                err.println("para: nothing was recorded");
                return ExitCodes.INVALID_INPUT;
            }
            ParaWorkflow workflow = options.workflow(out);
            int status = run(workflow, out);
            report(workflow, out);
            return status;
        } catch (UnreadableHistoryException e) {
            err.println("para: " + e.getMessage());
            return ExitCodes.OTHER;
        } catch (InvalidPortfolioException e) {
            err.println("para: refused: the input has problems; nothing was recorded");
            e.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.INVALID_INPUT;
        } catch (WorkflowException e) {
            err.println("para: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (RuleEditionException e) {
            e.problems().forEach(err::println);
            return ExitCodes.BROKEN_RULES;
        } catch (StoreException e) {
            err.println("para: " + e.getMessage());
            return ExitCodes.OTHER;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Says what became of the messages the command queued: sent at once when SMTP is
     * configured, otherwise left queued (and said so).
     */
    private void report(ParaWorkflow workflow, PrintWriter out) {
        if (options.queued.isEmpty() || options.json) {
            return;
        }
        java.util.Optional<org.mla.para.mail.SmtpSettings> smtp = mail.settings();
        java.util.Map<String, String> outcome = new java.util.HashMap<>();
        if (smtp.isPresent() && workflow.outbox().isPresent()) {
            for (org.mla.para.mail.OutboxSender.Delivery delivery : new org.mla.para.mail.OutboxSender(workflow.outbox().get(),
                    smtp.get(), java.time.Clock.systemUTC()).sendDue()) {
                outcome.put(delivery.message().applicationId() + " " + delivery.message().subject(), switch (delivery.status()) {
                    case SENT -> "sent";
                    case PENDING -> "queued, not sent: " + delivery.error() + "; 'para mail send' retries it";
                    default -> delivery.status() + ": " + delivery.error() + "; see 'para mail list'";
                });
            }
        }
        for (org.mla.para.workflow.Notification message : options.queued) {
            if (message.to() == null) {
                out.println("  not e-mailed to " + message.name() + ": no e-mail address registered");
                continue;
            }
            String state = smtp.isEmpty() ? "queued, not sent: no SMTP configured"
                    : outcome.getOrDefault(message.applicationId() + " " + message.subject(), "queued");
            out.println("  e-mail to " + message.name() + " <" + message.to() + ">: " + message.subject() + ": " + state);
        }
    }

    /** Prints what an action left: one line, or the application as JSON. */
    int done(PrintWriter out, Application application, String what) {
        if (options.json) {
            out.println(WorkflowJson.write(application));
        } else {
            out.println(application.id() + " " + what + ": now " + application.state()
                    + nextSteps(application));
        }
        return ExitCodes.ASSESSED;
    }

    /**
     * Names each application whose history cannot be read, on standard error.
     *
     * @return the exit status of a list: 1 when some could not be read, else 0
     */
    int unreadable(ParaWorkflow.Listing listing) {
        PrintWriter err = spec.commandLine().getErr();
        for (UnreadableHistoryException e : listing.unreadable()) {
            err.println("para: " + e.applicationId() + " is left out: its history cannot be read: " + e.reason());
        }
        return listing.unreadable().isEmpty() ? ExitCodes.ASSESSED : ExitCodes.OTHER;
    }

    static String nextSteps(Application application) {
        if (application.state().isFinal()) {
            return " (the application has ended)";
        }
        return " (next: " + application.state().allowedActions().stream().map(a -> a.word())
                .reduce((a, b) -> a + " or " + b).orElseThrow() + ")";
    }
}
