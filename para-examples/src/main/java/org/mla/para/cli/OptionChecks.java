package org.mla.para.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mla.para.workflow.WorkflowPolicy;
import org.mla.para.workflow.WorkflowText;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * Checks what the operator typed before anything is opened or written, each problem naming
 * the option: text lengths and control characters, days in the policy's range, fees up to
 * the policy's maximum. The workflow checks the same again for its other callers.
 */
final class OptionChecks {

    /** Options whose text has another bound than a one-line value's. */
    private static final Map<String, Integer> LENGTHS = Map.of("--applicant-id", WorkflowText.ID, "--email", WorkflowText.EMAIL,
            "--reason", WorkflowText.TEXT);
    /** Options that are not the operator's words (where the database or the files are). */
    private static final List<String> NOT_TEXT = List.of("--db");

    private OptionChecks() {
    }

    static List<String> problems(ParseResult parsed, WorkflowPolicy policy) {
        List<String> problems = new ArrayList<>();
        for (OptionSpec option : parsed.matchedOptions()) {
            check(option.longestName(), option, policy, problems);
        }
        for (PositionalParamSpec positional : parsed.matchedPositionals()) {
            check(positional.paramLabel(), positional, policy, problems);
        }
        return problems;
    }

    private static void check(String name, ArgSpec arg, WorkflowPolicy policy, List<String> problems) {
        Object value = arg.getValue();
        if (value instanceof String text && !NOT_TEXT.contains(name)) {
            int most = LENGTHS.getOrDefault(name, WorkflowText.LINE);
            String problem = most == WorkflowText.TEXT ? WorkflowText.textProblem(text, most) : WorkflowText.lineProblem(text, most);
            if (problem != null) {
                problems.add(name + ": " + problem);
            }
        } else if (value instanceof LocalDate day && !policy.plausible(day)) {
            problems.add(name + ": " + day + " is outside the days the program records, " + policy.earliestDate() + " to "
                    + policy.latestDate() + " (earliestDate and latestDate in the workflow policy)");
        } else if (value instanceof BigDecimal amount && amount.compareTo(policy.maximumFee()) > 0) {
            problems.add(name + ": " + amount.toPlainString() + " is more than the largest fee accepted, "
                    + policy.maximumFee() + " (maximumFee in the workflow policy): check the amount");
        }
    }
}
