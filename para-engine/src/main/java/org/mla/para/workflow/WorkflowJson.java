package org.mla.para.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.engine.ParaJson;
import org.mla.para.engine.internal.JsonWriting;
import org.mla.para.model.Adjustment;
import org.mla.para.model.AdjustmentAction;
import org.mla.para.model.Assessment;

/**
 * The workflow's records as JSON: events (how a database store keeps their changes) and
 * applications (what {@code para show --json} prints).
 */
@API(status = API.Status.STABLE, since = "0.2")
public final class WorkflowJson {

    /** Decimals stay BigDecimal (1.50 is not 1.5): a stored portfolio reads back as it was written. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    /**
     * How the workflow reads what people write (decision files, the policy, request bodies):
     * a key given twice or anything after the object is an error, not a quiet choice.
     */
    static final ObjectMapper STRICT = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Stored amounts are a few characters; a longer one is corrupt, and parsing it could take minutes. */
    private static final int LONGEST_AMOUNT = 64;

    private static final java.util.Set<String> DECISION_FIELDS = java.util.Set.of("outcome", "comment", "adjustments", "by", "decidedOn");

    private WorkflowJson() {
    }

    /**
     * Reads a JSON object strictly: a duplicate key, trailing content or malformed JSON is an
     * {@link org.mla.para.engine.InvalidPortfolioException} with the problem's place, as the
     * portfolio reader reports it.
     */
    public static ObjectNode readObject(String json) {
        JsonNode node;
        try {
            node = STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            throw invalid("$", "malformed JSON" + org.mla.para.engine.internal.JsonSyntax.atLineAndColumn(e) + ": "
                    + org.mla.para.engine.internal.JsonSyntax.explain(e));
        }
        if (node == null || !node.isObject()) {
            throw invalid("$", "must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /**
     * Reads a decision, the Board's or the decision file's: {@code outcome}, {@code comment},
     * {@code adjustments} and, when {@code withBy} (a request to the Board's endpoint), {@code by}
     * (who at the Board, as stated) and {@code decidedOn} (the day it was decided, yyyy-MM-dd).
     * Every problem is reported at once, as {@code path: message}.
     *
     * @throws org.mla.para.engine.InvalidPortfolioException with the problems
     */
    public static Decision readDecision(String json, boolean withBy) {
        ObjectNode node = readObject(json);
        List<org.mla.para.engine.Problem> problems = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(field -> {
            if (!DECISION_FIELDS.contains(field) || (field.equals("by") || field.equals("decidedOn")) && !withBy) {
                problems.add(new org.mla.para.engine.Problem(field, "unknown field (known: outcome, comment, adjustments"
                        + (withBy ? ", by, decidedOn)" : ")")));
            }
        });
        Outcome outcome = null;
        JsonNode outcomeNode = node.get("outcome");
        try {
            outcome = outcomeNode != null && outcomeNode.isTextual() ? Outcome.valueOf(outcomeNode.asText()) : null;
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (outcome == null) {
            problems.add(new org.mla.para.engine.Problem("outcome", "must be PRELIMINARY_APPROVAL, REVISIONS_REQUESTED or "
                    + "NOT_APPROVED (was " + outcomeNode + ")"));
        }
        String comment = optionalText(node, "comment", WorkflowText.TEXT, true, problems);
        String by = withBy ? optionalText(node, "by", WorkflowText.LINE, false, problems) : null;
        LocalDate decidedOn = null;
        if (withBy && node.hasNonNull("decidedOn")) {
            JsonNode day = node.get("decidedOn");
            decidedOn = day.isTextual() ? org.mla.para.engine.internal.Dates.parse(day.asText()) : null;
            if (decidedOn == null) {
                problems.add(new org.mla.para.engine.Problem("decidedOn", org.mla.para.engine.internal.Dates.problem(
                        day.isTextual() ? day.asText() : null, abbreviated(day))));
            }
        }
        List<Adjustment> adjustments = List.of();
        if (node.hasNonNull("adjustments")) {
            org.mla.para.engine.internal.PortfolioReader.Adjustments read =
                    org.mla.para.engine.internal.PortfolioReader.readAdjustments(node.get("adjustments"), "adjustments");
            problems.addAll(read.problems());
            adjustments = read.adjustments();
        }
        if (!problems.isEmpty()) {
            throw new org.mla.para.engine.InvalidPortfolioException(problems);
        }
        return new Decision(outcome, comment, adjustments, by, decidedOn);
    }

    /**
     * A decision as read from a file or a request.
     *
     * @param outcome     the Board's decision
     * @param comment     its words to the applicant; optional
     * @param adjustments the reviewers' adjustments
     * @param by          who at the Board decided, as the caller states it; optional
     * @param decidedOn   the day it was decided, when the caller enters it afterwards; optional (today)
     */
    public record Decision(Outcome outcome, String comment, List<Adjustment> adjustments, String by, LocalDate decidedOn) {
        public Decision {
            adjustments = List.copyOf(adjustments);
        }
    }

    private static String optionalText(JsonNode node, String field, int most, boolean paragraphs,
            List<org.mla.para.engine.Problem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new org.mla.para.engine.Problem(field, "must be text (was " + abbreviated(value) + ")"));
            return null;
        }
        String problem = paragraphs ? WorkflowText.textProblem(value.asText(), most) : WorkflowText.lineProblem(value.asText(), most);
        if (problem != null) {
            problems.add(new org.mla.para.engine.Problem(field, problem));
            return null;
        }
        return value.asText();
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() > WorkflowText.LINE ? text.substring(0, WorkflowText.LINE) + "..." : text;
    }

    private static org.mla.para.engine.InvalidPortfolioException invalid(String path, String message) {
        return new org.mla.para.engine.InvalidPortfolioException(List.of(new org.mla.para.engine.Problem(path, message)));
    }

    /**
     * A change as one line of JSON; {@link #readChange} reads it back equal. A submitted
     * portfolio is kept as the text it was stored as, so reading history never depends on
     * today's portfolio reader.
     */
    public static String writeChange(Change change) {
        ObjectNode node = change(change);
        if (change instanceof Change.Submitted s) {
            node.remove("portfolio");
            node.put("portfolioText", s.portfolioJson());
        }
        return text(node);
    }

    /**
     * Reads a change written by {@link #writeChange}.
     *
     * @throws IllegalStateException when the text is not a change of that action: stored data is corrupt
     */
    public static Change readChange(Action action, String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + action.word() + " event is not JSON: " + e.getOriginalMessage(), e);
        }
        return switch (action) {
            case REGISTER -> new Change.Registered(new Registration(text(node, "applicantId", "registration"),
                    text(node, "name", "registration"), text(node, "email", "registration"),
                    node.path("registration").path("targetLevel").intValue(), date(node.path("registration"), "registeredOn")));
            case SUBMIT -> new Change.Submitted(date(node, "submittedOn"), fee(node.path("fee")),
                    node.has("portfolioText") ? node.get("portfolioText").asText() : text(node.get("portfolio")),
                    assessment(node.get("assessment")));
            case SCHEDULE -> new Change.Scheduled(date(node, "meeting"), date(node, "decisionDueOn"));
            case OPEN_REVIEW -> new Change.ReviewOpened(date(node, "openedOn"));
            case DECIDE -> new Change.Decided(Outcome.valueOf(node.path("outcome").asText()), date(node, "decidedOn"),
                    adjustments(node.path("adjustments")), assessment(node.get("assessment")), nullableText(node.get("comment")));
            case APPROVE -> new Change.Approved(node.path("executiveBoardSignature").asText(),
                    node.path("mblcSignature").asText(), date(node, "approvedOn"));
            case ISSUE -> new Change.Issued(certificate(node.path("certificate")));
            case WITHDRAW -> new Change.Withdrawn(date(node, "withdrawnOn"), node.path("reason").asText());
            case ACCEPT_PRIOR_LEVEL -> new Change.PriorLevelAccepted(node.path("level").intValue(), date(node, "acceptedOn"),
                    node.path("reason").asText());
        };
    }

    /** An event as one line of JSON. */
    public static String write(ApplicationEvent event) {
        return text(event(event));
    }

    /** An application: its state, registration, due date, assessments and history, indented. */
    public static String write(Application application) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", application.id());
        node.put("state", application.state().name());
        node.put("version", application.version());
        ArrayNode allowed = node.putArray("allowedActions");
        application.state().allowedActions().forEach(a -> allowed.add(a.word()));
        node.set("registration", JsonWriting.value(application.registration()));
        node.set("decisionDueOn", JsonWriting.value(application.decisionDueOn()));
        node.set("submission", application.submission() == null ? null : change(application.submission()));
        node.set("scheduled", application.scheduled() == null ? null : change(application.scheduled()));
        if (application.decision() == null) {
            node.putNull("decision");
        } else {
            ObjectNode decision = change(application.decision());
            // Derived, not stored: what the Board should hear of its own figures.
            decision.set("reducedPoints", JsonWriting.value(application.decision().reducedPoints()));
            node.set("decision", decision);
        }
        node.set("approval", application.approval() == null ? null : change(application.approval()));
        node.set("certificate", JsonWriting.value(application.certificate()));
        ArrayNode history = node.putArray("history");
        application.history().forEach(e -> history.add(event(e)));
        return JsonWriting.text(node, true);
    }

    /** What needs attention, as {@code para attention --json} and the Board's endpoint give it. */
    public static String write(List<Attention> items) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Attention item : items) {
            ArrayNode flags = array.addObject().put("applicationId", item.applicationId()).put("name", item.name())
                    .put("state", item.state().name()).put("dueOn", item.dueOn() == null ? null : item.dueOn().toString())
                    .put("task", item.task()).putArray("flags");
            item.flags().stream().sorted().forEach(f -> flags.add(f.name()));
        }
        return JsonWriting.text(array, true);
    }

    private static ObjectNode event(ApplicationEvent event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("applicationId", event.applicationId());
        node.put("sequence", event.sequence());
        node.put("action", event.action().word());
        node.put("actor", event.actor());
        node.put("at", event.at().toString());
        node.set("from", JsonWriting.value(event.from()));
        node.set("to", JsonWriting.value(event.to()));
        node.set("change", change(event.change()));
        return node;
    }

    private static ObjectNode change(Change change) {
        ObjectNode node = MAPPER.createObjectNode();
        if (change instanceof Change.Submitted s) {
            node.set("submittedOn", JsonWriting.value(s.submittedOn()));
            ObjectNode fee = node.putObject("fee");
            fee.put("amount", s.fee().amount().toPlainString()); // as text: an amount keeps its scale (25.00)
            fee.set("paidOn", JsonWriting.value(s.fee().paidOn()));
            fee.set("reference", JsonWriting.value(s.fee().reference()));
            node.set("portfolio", tree(s.portfolioJson()));
            node.set("assessment", JsonWriting.assessment(s.assessment()));
        } else if (change instanceof Change.Decided d) {
            node.put("outcome", d.outcome().name());
            node.set("decidedOn", JsonWriting.value(d.decidedOn()));
            node.set("adjustments", JsonWriting.value(d.adjustments()));
            node.set("assessment", JsonWriting.assessment(d.assessment()));
            node.set("comment", JsonWriting.value(d.comment()));
        } else {
            node.setAll((ObjectNode) JsonWriting.value(change));
        }
        return node;
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored portfolio is not JSON", e);
        }
    }

    private static String text(JsonNode node) {
        return JsonWriting.text(node, false);
    }

    private static String text(JsonNode node, String field, String parent) {
        return nullableText(node.path(parent).get(field));
    }

    private static String nullableText(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static LocalDate date(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }

    private static FeePayment fee(JsonNode node) {
        String amount = node.path("amount").asText();
        if (amount.length() > LONGEST_AMOUNT) {
            throw new IllegalStateException("a stored fee amount is " + amount.length() + " characters long");
        }
        return new FeePayment(new java.math.BigDecimal(amount), date(node, "paidOn"),
                nullableText(node.get("reference")));
    }

    private static Assessment assessment(JsonNode node) {
        return ParaJson.readAssessment(text(node));
    }

    private static List<Adjustment> adjustments(JsonNode node) {
        return java.util.stream.StreamSupport.stream(node.spliterator(), false)
                .map(a -> new Adjustment(nullableText(a.get("claimId")), AdjustmentAction.valueOf(a.path("action").asText()),
                        a.hasNonNull("points") ? a.get("points").intValue() : null, nullableText(a.get("area")),
                        nullableText(a.get("reason")), nullableText(a.get("reviewer"))))
                .toList();
    }

    private static Certificate certificate(JsonNode node) {
        return new Certificate(node.path("applicationId").asText(), node.path("name").asText(), node.path("level").intValue(),
                date(node, "issuedOn"), node.path("atConference").booleanValue(),
                node.hasNonNull("conferenceYear") ? node.get("conferenceYear").intValue() : null);
    }

}
