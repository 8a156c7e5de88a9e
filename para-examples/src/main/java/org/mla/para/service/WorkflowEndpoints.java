package org.mla.para.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mla.para.engine.ParaJson;
import org.mla.para.model.Adjustment;
import java.math.BigDecimal;
import org.mla.para.model.Portfolio;
import org.mla.para.workflow.Action;
import org.mla.para.workflow.Application;
import org.mla.para.workflow.FeePayment;
import org.mla.para.workflow.Recipient;
import org.mla.para.workflow.Registration;
import org.mla.para.workflow.WorkflowException;
import org.mla.para.workflow.Outcome;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.WorkflowJson;

/**
 * The application workflow over HTTP, for two callers that authenticate with bearer tokens
 * from configuration:
 *
 * <ul>
 *   <li>the <b>Review Board</b>'s tool, with the board token: {@code GET|POST /board/meetings},
 *       {@code GET /board/meetings/{date}/agenda}, {@code GET /board/applications/{id}},
 *       {@code GET /board/applications/{id}/portfolio}, {@code POST /board/applications/{id}/schedule},
 *       {@code POST /board/applications/{id}/review}, {@code POST /board/applications/{id}/decision},
 *       {@code POST /board/applications/{id}/prior-levels},
 *       {@code GET /board/attention};</li>
 *   <li>the <b>MLA website</b>, with the site token, on behalf of the applicant it has signed
 *       in, named in the {@code X-PARA-Applicant} header: {@code POST /applicant/registrations},
 *       {@code GET /applicant/applications}, {@code GET /applicant/applications/{id}} and
 *       {@code POST /applicant/applications/{id}/portfolio}, which only ever reach that
 *       applicant's own applications; and {@code GET /recipients}, the list of recipients.</li>
 * </ul>
 *
 * A request without the right token is 401; another applicant's application is 404, as if it
 * did not exist; an action the application's state does not allow is 409 with the reason.
 * Applicants see their applications' progress, decision, reasons and assessment, not the
 * Board's internal record. Tokens must not be blank, and the two must differ.
 *
 * @param workflow   the workflow the endpoints act on
 * @param boardToken the Review Board's token; {@code null} turns the board endpoints off (401)
 * @param siteToken  the website's token; {@code null} turns the applicant endpoints off (401)
 */
public record WorkflowEndpoints(ParaWorkflow workflow, String boardToken, String siteToken) {

    /** The header in which the website names the applicant it has signed in. */
    public static final String APPLICANT_HEADER = "X-PARA-Applicant";

    /** The header that names applications left out of a list because their history cannot be read. */
    public static final String UNREADABLE_HEADER = "X-PARA-Unreadable";

    private static final ObjectMapper JSON = new ObjectMapper();

    public WorkflowEndpoints {
        Objects.requireNonNull(workflow, "workflow");
        checkTokens(boardToken, siteToken);
    }

    /**
     * Refuses tokens that would weaken the endpoints: a blank one, or the same for both callers.
     *
     * @throws IllegalArgumentException saying which
     */
    public static void checkTokens(String boardToken, String siteToken) {
        if (boardToken != null && boardToken.isBlank() || siteToken != null && siteToken.isBlank()) {
            throw new IllegalArgumentException("a token must not be blank: leave it out to turn its endpoints off");
        }
        if (boardToken != null && boardToken.equals(siteToken)) {
            throw new IllegalArgumentException("the board's and the site's tokens must differ: the site must not act as the Board");
        }
    }

    // --- the Review Board -----------------------------------------------------------------

    String meetings(Context ctx) {
        board(ctx);
        return dates(workflow.meetings()).toString();
    }

    String addMeeting(Context ctx) {
        board(ctx);
        JsonNode body = body(ctx);
        workflow.addMeeting(date(body.path("date").asText(null), "date"));
        ctx.status(201);
        return dates(workflow.meetings()).toString();
    }

    String agenda(Context ctx) {
        board(ctx);
        LocalDate meeting = date(ctx.pathParam("date"), "date");
        ArrayNode agenda = JSON.createArrayNode();
        ParaWorkflow.Listing listing = workflow.listing();
        unreadable(ctx, listing);
        for (Application application : listing.applications()) {
            if (application.scheduled() != null && application.scheduled().meeting().equals(meeting)) {
                agenda.add(summary(application));
            }
        }
        return agenda.toString();
    }

    /**
     * The Board's record of the application, as {@code para show --json} gives it, less the
     * copies of the portfolio (in the submission and in the history's submit events): the
     * portfolio has its own endpoint, named in the submission's {@code portfolio} field.
     */
    String application(Context ctx) {
        board(ctx);
        String id = ctx.pathParam("id");
        Application application = workflow.find(id)
                .orElseThrow(() -> new AssessmentService.Refused(404, "id", "no application " + id));
        ObjectNode record = (ObjectNode) tree(WorkflowJson.write(application));
        String portfolio = "/board/applications/" + id + "/portfolio";
        if (record.get("submission") instanceof ObjectNode submission) {
            submission.put("portfolio", portfolio);
        }
        for (JsonNode event : record.path("history")) {
            if (event.get("change") instanceof ObjectNode change && change.has("portfolio")) {
                change.put("portfolio", portfolio);
            }
        }
        return record.toPrettyString();
    }

    String portfolio(Context ctx) {
        board(ctx);
        String id = ctx.pathParam("id");
        Application application = workflow.find(id)
                .orElseThrow(() -> new AssessmentService.Refused(404, "id", "no application " + id));
        if (application.submission() == null) {
            throw new AssessmentService.Refused(404, "id", "application " + id + " has no portfolio yet: it is "
                    + application.state());
        }
        return application.submission().portfolioJson();
    }

    String decide(Context ctx) {
        board(ctx);
        WorkflowJson.Decision decision = WorkflowJson.readDecision(ctx.body(), true); // strict: a key twice is refused
        Outcome outcome = decision.outcome();
        List<Adjustment> adjustments = decision.adjustments();
        String comment = decision.comment();
        // Like the command line's --today: the meeting's day, say, entered afterwards; never a day to come.
        ParaWorkflow dated = workflow;
        if (decision.decidedOn() != null) {
            LocalDate day = decision.decidedOn();
            if (day.isAfter(workflow.today())) {
                throw new AssessmentService.Refused(400, "decidedOn", "must not be after today, " + workflow.today()
                        + " (was " + day + ")");
            }
            dated = workflow.on(day);
        }
        // The token says "the Board"; who at the Board is the caller's claim, recorded as such.
        String by = "Review Board (HTTP)" + (decision.by() != null ? ", as stated: " + decision.by() : "");
        String id = ctx.pathParam("id");
        if (workflow.find(id).isEmpty()) {
            throw new AssessmentService.Refused(404, "id", "no application " + id);
        }
        return decisionResult(dated.decide(id, outcome, adjustments, comment, by)).toString();
    }

    String attention(Context ctx) {
        board(ctx);
        ParaWorkflow.Listing listing = workflow.listing();
        unreadable(ctx, listing);
        return WorkflowJson.write(workflow.attention(listing));
    }

    /**
     * Names the applications whose history cannot be read in a {@code PARA-Unreadable} header
     * (and the log), so that the rest of a list still answers.
     */
    private static void unreadable(Context ctx, ParaWorkflow.Listing listing) {
        if (!listing.unreadable().isEmpty()) {
            listing.unreadable().forEach(e -> org.slf4j.LoggerFactory.getLogger(WorkflowEndpoints.class).warn("{}", e.getMessage()));
            ctx.header(UNREADABLE_HEADER, String.join(", ", listing.unreadable().stream()
                    .map(org.mla.para.workflow.UnreadableHistoryException::applicationId).toList()));
        }
    }

    /** Sends a submitted application to the first meeting far enough ahead, as {@code para schedule}. */
    String schedule(Context ctx) {
        board(ctx);
        String id = existing(ctx);
        return WorkflowJson.write(workflow.schedule(id, "Review Board (HTTP)"));
    }

    /** The Board takes the application up at its meeting, as {@code para open-review}. */
    String openReview(Context ctx) {
        board(ctx);
        String id = existing(ctx);
        return WorkflowJson.write(workflow.openReview(id, "Review Board (HTTP)"));
    }

    private String existing(Context ctx) {
        String id = ctx.pathParam("id");
        if (workflow.find(id).isEmpty()) {
            throw new AssessmentService.Refused(404, "id", "no application " + id);
        }
        return id;
    }

    String acceptPriorLevel(Context ctx) {
        board(ctx);
        JsonNode body = body(ctx);
        known(body, Set.of("level", "reason", "by"));
        if (!body.path("level").canConvertToInt() || !body.path("level").isIntegralNumber()) {
            throw new AssessmentService.Refused(400, "level", "must be the prior level's number, 1 to 3 (was " + body.get("level") + ")");
        }
        String id = ctx.pathParam("id");
        if (workflow.find(id).isEmpty()) {
            throw new AssessmentService.Refused(404, "id", "no application " + id);
        }
        String by = "Review Board (HTTP)" + (body.hasNonNull("by") ? ", as stated: " + body.get("by").asText() : "");
        return WorkflowJson.write(workflow.acceptPriorLevel(id, body.get("level").intValue(),
                body.hasNonNull("reason") ? body.get("reason").asText() : null, by));
    }

    // --- the applicant, through the website -----------------------------------------------

    /** Registers the signed-in applicant for a level; a second open application for the level is refused (409). */
    String register(Context ctx) {
        String applicant = applicant(ctx);
        JsonNode body = body(ctx);
        known(body, Set.of("name", "email", "level", "registeredOn"));
        if (!body.path("level").isIntegralNumber()) {
            throw new AssessmentService.Refused(400, "level", "must be the level applied for, 1 to 4 (was " + body.get("level") + ")");
        }
        LocalDate on = body.hasNonNull("registeredOn") ? date(body.get("registeredOn").asText(), "registeredOn") : workflow.today();
        Application registered = workflow.register(new Registration(applicant, text(body, "name"), text(body, "email"),
                body.get("level").intValue(), on), website(applicant));
        ctx.status(201);
        return applicantView(registered).toString();
    }

    /**
     * Submits the portfolio of one of the applicant's applications with the payment the website
     * took: the same checks as {@code para submit}; the portfolio's problems are 400, a refusal
     * of the submission (fee, level, prior levels...) 422, a state that allows no submission 409.
     */
    String submitPortfolio(Context ctx) {
        String applicant = applicant(ctx);
        Application application = own(applicant, ctx.pathParam("id"));
        JsonNode body = body(ctx);
        known(body, Set.of("portfolio", "payment"));
        if (!body.path("portfolio").isObject()) {
            throw new AssessmentService.Refused(400, "portfolio", "is required: the portfolio, in the portfolio format");
        }
        JsonNode payment = body.path("payment");
        if (!payment.isObject()) {
            throw new AssessmentService.Refused(400, "payment", "is required: {\"amount\": \"25.00\", \"reference\": \"...\"}");
        }
        known(payment, Set.of("amount", "reference", "paidOn"), "payment.");
        BigDecimal amount;
        try {
            amount = new BigDecimal(payment.path("amount").asText());
        } catch (NumberFormatException e) {
            throw new AssessmentService.Refused(400, "payment.amount", "must be an amount such as \"25.00\" (was "
                    + payment.get("amount") + ")");
        }
        if (text(payment, "reference") == null) {
            throw new AssessmentService.Refused(400, "payment.reference", "is required: the payment processor's reference");
        }
        LocalDate paidOn = payment.hasNonNull("paidOn") ? date(payment.get("paidOn").asText(), "payment.paidOn") : workflow.today();
        Portfolio portfolio = ParaJson.readPortfolio(body.get("portfolio").toString());
        if (!application.state().allowedActions().contains(Action.SUBMIT)) {
            return applicantView(workflow.submit(application.id(), portfolio, null, website(applicant))).toString(); // 409
        }
        try {
            return applicantView(workflow.submit(application.id(), portfolio,
                    new FeePayment(amount, paidOn, text(payment, "reference")), website(applicant))).toString();
        } catch (WorkflowException e) {
            if (e instanceof org.mla.para.workflow.ConcurrentChangeException) {
                throw e;
            }
            throw new AssessmentService.Refused(422, "$", e.getMessage());
        }
    }

    /** MLA's "Past PARA Recipients" list, for the website to publish: name, level, year. */
    String recipients(Context ctx) {
        authorize(ctx, siteToken, "the website's");
        ArrayNode list = JSON.createArrayNode();
        for (Recipient recipient : workflow.recipients()) {
            list.addObject().put("name", recipient.name()).put("level", recipient.level()).put("year", recipient.year());
        }
        return list.toString();
    }

    private Application own(String applicant, String id) {
        return workflow.find(id).filter(a -> a.registration().applicantId().equals(applicant))
                .orElseThrow(() -> new AssessmentService.Refused(404, "id", "applicant " + applicant + " has no application " + id));
    }

    private static String website(String applicant) {
        return "website, for applicant " + applicant;
    }

    private static void known(JsonNode body, Set<String> fields) {
        known(body, fields, "");
    }

    private static void known(JsonNode body, Set<String> fields, String prefix) {
        body.fieldNames().forEachRemaining(field -> {
            if (!fields.contains(field)) {
                throw new AssessmentService.Refused(400, prefix + field, "unknown field (known: "
                        + String.join(", ", fields.stream().sorted().toList()) + ")");
            }
        });
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) && !body.get(field).asText().isBlank() ? body.get(field).asText().strip() : null;
    }

    String ownApplications(Context ctx) {
        String applicant = applicant(ctx);
        ArrayNode list = JSON.createArrayNode();
        ParaWorkflow.Listing listing = workflow.listing();
        // Logged, not named to the website: an unreadable application may be another applicant's.
        listing.unreadable().forEach(e -> org.slf4j.LoggerFactory.getLogger(WorkflowEndpoints.class).warn("{}", e.getMessage()));
        listing.applications().stream().filter(a -> a.registration().applicantId().equals(applicant))
                .forEach(a -> list.add(summary(a)));
        return list.toString();
    }

    String ownApplication(Context ctx) {
        String applicant = applicant(ctx);
        return applicantView(own(applicant, ctx.pathParam("id"))).toString();
    }

    // --- shared ---------------------------------------------------------------------------

    /**
     * What a decision answers: the application's state, the decision and the adjusted
     * assessment; not the portfolio (it has its own endpoint) nor the whole record.
     */
    private static ObjectNode decisionResult(Application application) {
        JsonNode record = tree(WorkflowJson.write(application));
        ObjectNode result = JSON.createObjectNode();
        for (String field : List.of("id", "state", "version", "allowedActions")) {
            result.set(field, record.get(field));
        }
        ObjectNode decision = ((ObjectNode) record.get("decision")).deepCopy();
        JsonNode assessment = decision.remove("assessment");
        result.set("decision", decision);
        result.set("assessment", assessment);
        return result;
    }

    private void board(Context ctx) {
        authorize(ctx, boardToken, "the Review Board's");
    }

    private String applicant(Context ctx) {
        authorize(ctx, siteToken, "the website's");
        String applicant = ctx.header(APPLICANT_HEADER);
        if (applicant == null || applicant.isBlank()) {
            throw new AssessmentService.Refused(400, APPLICANT_HEADER, "is required: the id of the applicant signed in");
        }
        return applicant.strip();
    }

    private static void authorize(Context ctx, String token, String whose) {
        String given = ctx.header("Authorization");
        // RFC 7235: the scheme is case-insensitive; the token is compared in constant time.
        String[] parts = given == null ? new String[0] : given.strip().split("\\s+", 2);
        boolean ok = token != null && parts.length == 2 && parts[0].equalsIgnoreCase("Bearer")
                && MessageDigest.isEqual(parts[1].getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new AssessmentService.Refused(401, "Authorization", token == null
                    ? "these endpoints are off: the service was started without " + whose + " token"
                    : "needs " + whose + " token as 'Bearer <token>'");
        }
    }

    private static JsonNode body(Context ctx) {
        return WorkflowJson.readObject(ctx.body()); // strict: a key twice is refused (400 with its place)
    }

    private static LocalDate date(String text, String where) {
        try {
            if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not yyyy-MM-dd", String.valueOf(text), 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new AssessmentService.Refused(400, where, "must be a date as yyyy-MM-dd (was " + text + ")");
        }
    }

    private static ArrayNode dates(List<LocalDate> dates) {
        ArrayNode list = JSON.createArrayNode();
        dates.forEach(d -> list.add(d.toString()));
        return list;
    }

    /**
     * What the applicant may see of an application: its progress, the decision with the
     * Board's comment and each adjustment's reason, the certificate; not the Board's internal
     * record (who did what, reviewers' names, the fee reference).
     */
    private static ObjectNode applicantView(Application a) {
        ObjectNode node = summary(a);
        if (a.decision() != null) {
            node.put("comment", a.decision().comment());
            ArrayNode adjustments = node.putArray("adjustments");
            for (Adjustment adjustment : a.decision().adjustments()) {
                ObjectNode item = adjustments.addObject().put("claimId", adjustment.claimId())
                        .put("action", adjustment.action().name()).put("reason", adjustment.reason());
                if (adjustment.points() != null) {
                    item.put("points", adjustment.points());
                }
                if (adjustment.area() != null) {
                    item.put("area", adjustment.area());
                }
            }
            node.set("assessment", tree(ParaJson.write(a.decision().assessment())));
        } else {
            a.submittedAssessment().ifPresent(assessment -> node.set("assessment", tree(ParaJson.write(assessment))));
        }
        if (a.certificate() != null) {
            node.put("certificateAtConference", a.certificate().atConference());
        }
        return node;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode summary(Application a) {
        ObjectNode node = JSON.createObjectNode().put("id", a.id()).put("applicantId", a.registration().applicantId())
                .put("name", a.registration().name()).put("level", a.registration().targetLevel())
                .put("state", a.state().name());
        node.put("submittedOn", a.submission() == null ? null : a.submission().submittedOn().toString());
        node.put("meeting", a.scheduled() == null ? null : a.scheduled().meeting().toString());
        node.put("decisionDueOn", a.decisionDueOn() == null ? null : a.decisionDueOn().toString());
        a.submittedAssessment().ifPresent(s -> node.putObject("assessedAtSubmission").put("eligible", s.eligible())
                .put("totalPoints", s.totalPoints()));
        node.put("decision", a.decision() == null ? null : a.decision().outcome().name());
        node.put("certificateIssuedOn", a.certificate() == null ? null : a.certificate().issuedOn().toString());
        return node;
    }
}
