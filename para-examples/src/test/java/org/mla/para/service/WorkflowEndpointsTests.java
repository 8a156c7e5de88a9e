package org.mla.para.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.ParaJson;
import org.mla.para.workflow.FeePayment;
import org.mla.para.workflow.InMemoryApplicationStore;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.RecordingNotifier;
import org.mla.para.workflow.Registration;
import org.mla.para.workflow.WorkflowFixtures;

/** The Review Board's and the applicants' endpoints, called over HTTP with and without their tokens. */
class WorkflowEndpointsTests {

    private static final ParaEngine ENGINE = ParaEngine.bundled();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BOARD = "Bearer board-secret";
    private static final String SITE = "Bearer site-secret";
    private static final LocalDate MEETING = LocalDate.parse("2026-03-10");

    private Javalin service;
    private String base;
    private ParaWorkflow workflow;
    private final WorkflowFixtures.TestClock clock = new WorkflowFixtures.TestClock(LocalDate.parse("2026-02-20"));

    @BeforeEach
    void start() {
        workflow = ParaWorkflow.builder().engine(ENGINE).store(new InMemoryApplicationStore()).clock(clock)
                .notifier(new RecordingNotifier()).build();
        service = AssessmentService.create(ENGINE, 1_000_000, new WorkflowEndpoints(workflow, "board-secret", "site-secret"))
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + service.port();
    }

    @AfterEach
    void stop() {
        service.stop();
    }

    private HttpResponse<String> get(String path, String authorization, String applicant) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (applicant != null) {
            request.header(WorkflowEndpoints.APPLICANT_HEADER, applicant);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Jane's application, submitted and scheduled for the meeting, under review. */
    private String janeUnderReview() throws IOException {
        workflow.addMeeting(MEETING);
        String id = workflow.register(new Registration("A-1001", "Jane Doe", "jane.doe@mhl.example.org", 1,
                LocalDate.parse("2025-09-01")), "chair").id();
        workflow.submit(id, ParaJson.readPortfolio(Files.readString(Path.of("samples/level1-eligible-jane.json")))
                .withSubmittedOn(null), new FeePayment(new BigDecimal("25.00"), workflow.today(), null), "chair");
        return id;
    }

    @Test
    void theBoardsEndpointsRefuseRequestsWithoutTheBoardsToken() throws Exception {
        for (String authorization : new String[] {null, "Bearer wrong", SITE, "board-secret"}) {
            HttpResponse<String> refused = get("/board/meetings", authorization, null);
            assertThat(refused.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(refused.body()).contains("needs the Review Board's token");
        }
        assertThat(post("/board/meetings", null, "{\"date\": \"2026-06-09\"}").statusCode()).isEqualTo(401);
        assertThat(workflow.meetings()).isEmpty();
    }

    @Test
    void theBoardKeepsItsCalendarReadsTheAgendaAndRecordsADecision() throws Exception {
        String id = janeUnderReview();
        HttpResponse<String> added = post("/board/meetings", BOARD, "{\"date\": \"2026-06-09\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(added.body())).hasSize(2);
        workflow.schedule(id, "chair");
        clock.set(MEETING);
        workflow.openReview(id, "board");

        JsonNode agenda = JSON.readTree(get("/board/meetings/2026-03-10/agenda", BOARD, null).body());
        assertThat(agenda).hasSize(1);
        assertThat(agenda.get(0).path("id").asText()).isEqualTo(id);
        assertThat(agenda.get(0).path("assessedAtSubmission").path("eligible").asBoolean()).isTrue();
        assertThat(JSON.readTree(get("/board/meetings/2026-06-09/agenda", BOARD, null).body())).isEmpty();

        HttpResponse<String> wrong = post("/board/applications/" + id + "/decision", BOARD,
                "{\"outcome\": \"PRELIMINARY_APPROVAL\", \"adjustments\": [{\"claimId\": \"c99\", \"action\": \"DISALLOW\","
                        + " \"reason\": \"r\", \"reviewer\": \"R\"}]}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("adjustments[0].claimId", "no claim");

        HttpResponse<String> decided = post("/board/applications/" + id + "/decision", BOARD,
                Files.readString(Path.of("decisions/jane-preliminary-approval.json")));
        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(decided.body()).path("state").asText()).isEqualTo("RECOMMENDED");
        // c6 was set to 3 points and counts 3: nothing for the Board to hear of.
        assertThat(JSON.readTree(decided.body()).path("decision").path("reducedPoints").isArray()).isTrue();
        assertThat(JSON.readTree(decided.body()).path("decision").path("reducedPoints")).isEmpty();

        HttpResponse<String> again = post("/board/applications/" + id + "/decision", BOARD, "{\"outcome\": \"NOT_APPROVED\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("it is RECOMMENDED; allowed now: approve");
        assertThat(get("/board/applications/PARA-0999", BOARD, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aDecisionEnteredAfterTheMeetingIsDatedTheMeetingsDayAndNeverADayToCome() throws Exception {
        String id = janeUnderReview();
        workflow.schedule(id, "chair");
        clock.set(MEETING);
        workflow.openReview(id, "board");
        clock.set(MEETING.plusDays(2));
        com.fasterxml.jackson.databind.node.ObjectNode decision =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(Files.readString(Path.of("decisions/jane-preliminary-approval.json")));

        HttpResponse<String> future = post("/board/applications/" + id + "/decision", BOARD,
                decision.put("decidedOn", "2026-03-13").toString());
        HttpResponse<String> beforeTheReview = post("/board/applications/" + id + "/decision", BOARD,
                decision.put("decidedOn", "2026-03-09").toString());
        HttpResponse<String> malformed = post("/board/applications/" + id + "/decision", BOARD,
                decision.put("decidedOn", "10/03/2026").toString());
        HttpResponse<String> decided = post("/board/applications/" + id + "/decision", BOARD,
                decision.put("decidedOn", "2026-03-10").toString());

        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("decidedOn", "must not be after today, 2026-03-12");
        assertThat(beforeTheReview.statusCode()).isEqualTo(409);
        assertThat(beforeTheReview.body()).contains("record actions in the order they happened");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("decidedOn", "yyyy-MM-dd");
        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(decided.body()).path("decision").path("decidedOn").asText()).isEqualTo("2026-03-10");
        assertThat(workflow.application(id).decision().decidedOn()).isEqualTo(MEETING);
        assertThat(workflow.today()).as("the workflow itself still lives today").isEqualTo(MEETING.plusDays(2));
    }

    @Test
    void aDecisionAnswersWithTheStateTheDecisionAndTheAdjustedAssessmentAndThePortfolioHasItsOwnEndpoint() throws Exception {
        String id = janeUnderReview();
        workflow.schedule(id, "chair");
        clock.set(MEETING);
        workflow.openReview(id, "board");

        HttpResponse<String> decided = post("/board/applications/" + id + "/decision", BOARD,
                Files.readString(Path.of("decisions/jane-preliminary-approval.json")));
        JsonNode result = JSON.readTree(decided.body());
        String record = get("/board/applications/" + id, BOARD, null).body();

        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(result.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("id", "state", "version", "allowedActions", "decision", "assessment");
        assertThat(result.path("state").asText()).isEqualTo("RECOMMENDED");
        assertThat(result.path("decision").path("outcome").asText()).isEqualTo("PRELIMINARY_APPROVAL");
        assertThat(result.path("decision").has("assessment")).isFalse();
        assertThat(result.path("assessment").path("eligible").asBoolean()).isTrue();
        assertThat(decided.body()).doesNotContain("Memorial Hall Library").hasSizeLessThan(record.length() / 2);
        assertThat(record).as("the full record names the portfolio's endpoint instead of copying it")
                .doesNotContain("Memorial Hall Library").contains("\"portfolio\" : \"/board/applications/" + id + "/portfolio\"");

        HttpResponse<String> portfolio = get("/board/applications/" + id + "/portfolio", BOARD, null);
        assertThat(portfolio.statusCode()).isEqualTo(200);
        assertThat(ParaJson.readPortfolio(portfolio.body()).applicant().library()).startsWith("Memorial Hall Library");
        assertThat(get("/board/applications/" + id + "/portfolio", SITE, null).statusCode()).isEqualTo(401);
        assertThat(get("/board/applications/PARA-0999/portfolio", BOARD, null).statusCode()).isEqualTo(404);
        String registered = workflow.register(new Registration("A-2002", "Sam Lee", null, 2, LocalDate.parse("2025-10-01")),
                "chair").id();
        HttpResponse<String> none = get("/board/applications/" + registered + "/portfolio", BOARD, null);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("has no portfolio yet: it is REGISTERED");
    }

    @Test
    void anApplicantSeesOnlyTheirOwnApplications() throws Exception {
        String jane = janeUnderReview();
        String other = workflow.register(new Registration("A-2002", "Sam Lee", null, 2, LocalDate.parse("2025-10-01")),
                "chair").id();

        JsonNode janes = JSON.readTree(get("/applicant/applications", SITE, "A-1001").body());
        assertThat(janes).hasSize(1);
        assertThat(janes.get(0).path("id").asText()).isEqualTo(jane);
        assertThat(JSON.readTree(get("/applicant/applications/" + jane, SITE, "A-1001").body()).path("state").asText())
                .isEqualTo("SUBMITTED");

        HttpResponse<String> someoneElses = get("/applicant/applications/" + other, SITE, "A-1001");
        HttpResponse<String> missing = get("/applicant/applications/PARA-0999", SITE, "A-1001");
        assertThat(someoneElses.statusCode()).isEqualTo(404);
        assertThat(someoneElses.body()).contains("applicant A-1001 has no application " + other).doesNotContain("Sam Lee")
                .isEqualTo(missing.body().replace("PARA-0999", other));
        JsonNode own = JSON.readTree(get("/applicant/applications/" + jane, SITE, "A-1001").body());
        assertThat(own.toString()).doesNotContain("chair", "\"actor\"", "\"fee\"", "\"history\"");
        assertThat(own.path("assessment").path("eligible").asBoolean()).isTrue();
        assertThat(JSON.readTree(get("/applicant/applications", SITE, "A-3003").body())).isEmpty();

        assertThat(get("/applicant/applications", null, "A-1001").statusCode()).isEqualTo(401);
        assertThat(get("/applicant/applications", BOARD, "A-1001").statusCode()).as("the board's token is not the site's")
                .isEqualTo(401);
        assertThat(get("/applicant/applications", SITE, null).statusCode()).isEqualTo(400);
    }

    @Test
    void blankOrSharedTokensAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WorkflowEndpoints(workflow, "same", "same"))
                .hasMessageContaining("must differ");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WorkflowEndpoints(workflow, " ", null))
                .hasMessageContaining("must not be blank");
    }

    @Test
    void withoutTokensTheWorkflowEndpointsAreOff() throws Exception {
        Javalin off = AssessmentService.create(ENGINE, 1_000_000, new WorkflowEndpoints(workflow, null, null)).start("127.0.0.1", 0);
        try {
            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + off.port()
                    + "/board/meetings")).header("Authorization", "Bearer null").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("started without the Review Board's token");
        } finally {
            off.stop();
        }
    }
}
