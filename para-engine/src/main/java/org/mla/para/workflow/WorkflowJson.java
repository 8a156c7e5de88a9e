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

    private WorkflowJson() {
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
        return new FeePayment(new java.math.BigDecimal(node.get("amount").asText()), date(node, "paidOn"),
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
