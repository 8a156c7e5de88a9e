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
            return run(options.workflow(out), out);
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
