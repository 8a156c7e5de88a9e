package org.mla.para.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
@API(status = API.Status.STABLE, since = "0.2")
public record WorkflowPolicy(BigDecimal applicationFee, int meetingLeadDays, int decisionDueDays, int longReviewDays,
        MonthDay conferenceDeadline) {

    private static final String BUNDLED = "/org/mla/para/rules/workflow.json";
    private static final Set<String> FIELDS = Set.of("description", "applicationFee", "meetingLeadDays", "decisionDueDays",
            "longReviewDays", "conferenceDeadline");
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
            root = new ObjectMapper().readTree(json);
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
        BigDecimal fee = null;
        JsonNode feeNode = root.get("applicationFee");
        try {
            fee = feeNode == null ? null : new BigDecimal(feeNode.asText());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (fee == null || fee.signum() < 0) {
            problems.add("applicationFee: must be an amount such as \"25.00\" (was " + feeNode + ")");
        }
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
        if (!problems.isEmpty()) {
            throw new WorkflowException(name + ": " + String.join("; ", problems));
        }
        return new WorkflowPolicy(fee, lead, due, review, deadline);
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
