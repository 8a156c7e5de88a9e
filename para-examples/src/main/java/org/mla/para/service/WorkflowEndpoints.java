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
import org.mla.para.engine.ParaJson;
import org.mla.para.model.Adjustment;
import org.mla.para.workflow.Application;
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
 *       {@code GET /board/applications/{id}/portfolio}, {@code POST /board/applications/{id}/decision},
 *       {@code GET /board/attention};</li>
 *   <li>the <b>MLA website</b>, with the site token, on behalf of the applicant it has signed
 *       in, named in the {@code X-PARA-Applicant} header: {@code GET /applicant/applications}
 *       and {@code GET /applicant/applications/{id}}, which only ever show that applicant's
 *       own applications.</li>
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

    // --- the applicant, through the website -----------------------------------------------

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
        String id = ctx.pathParam("id");
        Application application = workflow.find(id).filter(a -> a.registration().applicantId().equals(applicant))
                .orElseThrow(() -> new AssessmentService.Refused(404, "id", "applicant " + applicant
                        + " has no application " + id));
        return applicantView(application).toString();
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
