package org.mla.para.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The workflow's policy: the application fee and the deadlines. Like point values, these
 * numbers live in a file a maintainer edits, not in Java: the bundled
 * {@code org/mla/para/rules/workflow.json}, or a file of the host's.
 *
 * @param applicationFee     the fee a submission must come with
 * @param meetingLeadDays    a portfolio goes to the first meeting at least this many days after its submission
 * @param decisionDueDays    the Board's decision is due this many days after the meeting
 * @param longReviewDays     a review running longer than this many days since submission needs attention
 * @param conferenceDeadline a portfolio submitted on or before this day of the year has its
 *                           certificate presented at that year's MLA conference
 * @param maximumFee         the largest fee payment accepted: a larger amount is a typing error
 * @param earliestDate       the earliest day the program records (registrations, payments, meetings, today)
 * @param latestDate         the latest such day: a later one is a typing error
 */
@API(status = API.Status.STABLE, since = "0.2")
public record WorkflowPolicy(BigDecimal applicationFee, int meetingLeadDays, int decisionDueDays, int longReviewDays,
        MonthDay conferenceDeadline, BigDecimal maximumFee, LocalDate earliestDate, LocalDate latestDate) {

    /**
     * A policy with the bundled file's fee maximum and date range.
     *
     * @deprecated give the maximum fee and the date range too
     */
    @Deprecated(since = "0.3")
    public WorkflowPolicy(BigDecimal applicationFee, int meetingLeadDays, int decisionDueDays, int longReviewDays,
            MonthDay conferenceDeadline) {
        this(applicationFee, meetingLeadDays, decisionDueDays, longReviewDays, conferenceDeadline,
                Bundled.POLICY.maximumFee, Bundled.POLICY.earliestDate, Bundled.POLICY.latestDate);
    }

    /** The bundled policy, read once. */
    private static final class Bundled {
        static final WorkflowPolicy POLICY = bundled();
    }

    /** Whether {@code day} is in the range of days the program records. */
    public boolean plausible(LocalDate day) {
        return !day.isBefore(earliestDate) && !day.isAfter(latestDate);
    }

    private static final String BUNDLED = "/org/mla/para/rules/workflow.json";
    private static final Set<String> FIELDS = Set.of("description", "applicationFee", "meetingLeadDays", "decisionDueDays",
            "longReviewDays", "conferenceDeadline", "maximumFee", "earliestDate", "latestDate");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** The bundled policy. */
    public static WorkflowPolicy bundled() {
        try (InputStream in = WorkflowPolicy.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing: is para-rules on the class path?");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "workflow.json (bundled)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a policy file in the bundled file's format.
     *
     * @throws WorkflowException naming the file and every field that is wrong
     */
    public static WorkflowPolicy read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new WorkflowException("cannot read the workflow policy " + file + ": " + e.getMessage());
        }
    }

    private static WorkflowPolicy parse(String json, String name) {
        JsonNode root;
        try {
            root = WorkflowJson.STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new WorkflowException(name + ": malformed JSON: " + e.getOriginalMessage());
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new WorkflowException(name + ": must be a JSON object");
        }
        for (Iterator<String> fields = root.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!FIELDS.contains(field)) {
                problems.add(field + ": unknown field");
            }
        }
        BigDecimal fee = amount(root, "applicationFee", problems);
        int lead = days(root, "meetingLeadDays", problems);
        int due = days(root, "decisionDueDays", problems);
        int review = days(root, "longReviewDays", problems);
        MonthDay deadline = null;
        JsonNode deadlineNode = root.get("conferenceDeadline");
        try {
            deadline = deadlineNode == null ? null : MonthDay.parse(deadlineNode.asText(), MONTH_DAY);
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (deadline == null) {
            problems.add("conferenceDeadline: must be a day of the year as MM-dd, such as \"03-01\" (was " + deadlineNode + ")");
        }
        BigDecimal maximum = amount(root, "maximumFee", problems);
        LocalDate earliest = date(root, "earliestDate", problems);
        LocalDate latest = date(root, "latestDate", problems);
        if (fee != null && maximum != null && maximum.compareTo(fee) < 0) {
            problems.add("maximumFee: must not be less than applicationFee (" + fee.toPlainString() + ")");
        }
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            problems.add("latestDate: must not be before earliestDate (" + earliest + ")");
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException(name + ": " + String.join("; ", problems));
        }
        return new WorkflowPolicy(fee, lead, due, review, deadline, maximum, earliest, latest);
    }

    private static BigDecimal amount(JsonNode root, String field, List<String> problems) {
        JsonNode node = root.get(field);
        BigDecimal amount = node == null || !node.isTextual() ? null : FeePayment.parseAmount(node.asText());
        if (amount == null) {
            problems.add(field + ": must be an amount such as \"25.00\" (was " + node + ")");
        }
        return amount;
    }

    private static LocalDate date(JsonNode root, String field, List<String> problems) {
        JsonNode node = root.get(field);
        try {
            if (node != null && node.isTextual() && node.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(node.asText());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(field + ": must be a date as yyyy-MM-dd, such as \"2000-01-01\" (was " + node + ")");
        return null;
    }

    private static int days(JsonNode root, String field, List<String> problems) {
        JsonNode node = root.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            problems.add(field + ": must be a whole number of days, 0 or more (was " + node + ")");
            return 0;
        }
        return node.intValue();
    }
}
