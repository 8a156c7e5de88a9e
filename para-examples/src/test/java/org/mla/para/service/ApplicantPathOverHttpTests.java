package org.mla.para.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.javalin.Javalin;
import jakarta.mail.internet.MimeMessage;
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
import org.mla.para.mail.OutboxSender;
import org.mla.para.mail.SmtpSettings;
import org.mla.para.workflow.InMemoryApplicationStore;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.WorkflowFixtures;

/**
 * The whole applicant path over HTTP, as the MLA website and the Board's tool would call it:
 * registration, submission with the payment, the Board's scheduling, review and decision; the
 * e-mails go through the outbox to a real SMTP server (GreenMail).
 */
class ApplicantPathOverHttpTests {

    private static final ParaEngine ENGINE = ParaEngine.bundled();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BOARD = "Bearer board-secret";
    private static final String SITE = "Bearer site-secret";

    private final WorkflowFixtures.TestClock clock = new WorkflowFixtures.TestClock(LocalDate.parse("2026-02-20"));
    private GreenMail smtp;
    private Javalin service;
    private String base;
    private OutboxSender sender;

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        InMemoryApplicationStore store = new InMemoryApplicationStore();
        ParaWorkflow workflow = ParaWorkflow.builder().engine(ENGINE).store(store).clock(clock).build();
        sender = new OutboxSender(store.outbox().orElseThrow(), new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), false,
                null, null, "PARA Review Board <para@mla.example.org>"), clock);
        service = AssessmentService.create(ENGINE, 1_000_000, new WorkflowEndpoints(workflow, "board-secret", "site-secret"))
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + service.port();
    }

    @AfterEach
    void stop() {
        service.stop();
        smtp.stop();
    }

    private HttpResponse<String> call(String method, String path, String authorization, String applicant, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (applicant != null) {
            request.header("X-PARA-Applicant", applicant);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void theWebsitesAndTheBoardsNewEndpointsKeepTheServicesHttpConventions() throws Exception {
        HttpResponse<String> plain = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/applicant/registrations"))
                .header("Authorization", SITE).header("X-PARA-Applicant", "A-1001").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Jane Doe\", \"level\": 1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(415);
        HttpResponse<String> wrongMethod = call("GET", "/applicant/registrations", SITE, "A-1001", null);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        HttpResponse<String> recipients = call("HEAD", "/recipients", SITE, null, null);
        assertThat(recipients.statusCode()).isEqualTo(200);
        assertThat(recipients.body()).isEmpty();
        HttpResponse<String> schedule = call("DELETE", "/board/applications/PARA-0001/schedule", BOARD, null, null);
        assertThat(schedule.statusCode()).isEqualTo(405);
        assertThat(call("POST", "/board/applications/PARA-0001/review", BOARD, null, null).headers()
                .firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void anApplicantRegistersAndSubmitsOnlineAndTheBoardDecidesAllOverHttpWithTheEmailsDelivered() throws Exception {
        HttpResponse<String> registered = call("POST", "/applicant/registrations", SITE, "A-1001",
                "{\"name\": \"Jane Doe\", \"email\": \"jane.doe@mhl.example.org\", \"level\": 1, \"registeredOn\": \"2025-09-01\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String id = json(registered).path("id").asText();
        assertThat(json(registered).path("state").asText()).isEqualTo("REGISTERED");

        HttpResponse<String> again = call("POST", "/applicant/registrations", SITE, "A-1001",
                "{\"name\": \"Jane Doe\", \"level\": 1}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).at("/problems/0/message").asText()).contains("application " + id + " for that level is open");

        String portfolio = Files.readString(Path.of("samples/level1-eligible-jane.json"));
        HttpResponse<String> tooLittle = call("POST", "/applicant/applications/" + id + "/portfolio", SITE, "A-1001",
                "{\"portfolio\": " + portfolio + ", \"payment\": {\"amount\": \"5.00\", \"reference\": \"card 4242\"}}");
        assertThat(tooLittle.statusCode()).isEqualTo(422);
        assertThat(json(tooLittle).at("/problems/0/message").asText()).contains("is less than the application fee");
        HttpResponse<String> invalid = call("POST", "/applicant/applications/" + id + "/portfolio", SITE, "A-1001",
                "{\"portfolio\": {\"targetLevel\": 1}, \"payment\": {\"amount\": \"25.00\", \"reference\": \"card 4242\"}}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json(invalid).path("problems").toString()).contains("\"path\":\"applicant\"");
        HttpResponse<String> othersApplication = call("POST", "/applicant/applications/" + id + "/portfolio", SITE, "A-9999",
                "{\"portfolio\": " + portfolio + ", \"payment\": {\"amount\": \"25.00\", \"reference\": \"card 4242\"}}");
        assertThat(othersApplication.statusCode()).isEqualTo(404);

        HttpResponse<String> submitted = call("POST", "/applicant/applications/" + id + "/portfolio", SITE, "A-1001",
                "{\"portfolio\": " + portfolio + ", \"payment\": {\"amount\": \"25.00\", \"reference\": \"card 4242\"}}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(json(submitted).path("state").asText()).isEqualTo("SUBMITTED");
        assertThat(json(submitted).at("/assessedAtSubmission/eligible").asBoolean()).isTrue();

        assertThat(call("POST", "/board/meetings", BOARD, null, "{\"date\": \"2026-03-10\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> scheduled = call("POST", "/board/applications/" + id + "/schedule", BOARD, null, null);
        assertThat(json(scheduled).at("/scheduled/meeting").asText()).isEqualTo("2026-03-10");
        assertThat(call("POST", "/board/applications/" + id + "/review", BOARD, null, null).statusCode())
                .as("not before the meeting").isEqualTo(409);
        clock.set(LocalDate.parse("2026-03-10"));
        assertThat(call("POST", "/board/applications/" + id + "/review", BOARD, null, null).statusCode()).isEqualTo(200);
        String decision = Files.readString(Path.of("decisions/jane-preliminary-approval.json"));
        HttpResponse<String> decided = call("POST", "/board/applications/" + id + "/decision", BOARD, null, decision);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(json(decided).path("state").asText()).isEqualTo("RECOMMENDED");

        HttpResponse<String> own = call("GET", "/applicant/applications/" + id, SITE, "A-1001", null);
        assertThat(json(own).path("decision").asText()).isEqualTo("PRELIMINARY_APPROVAL");
        assertThat(json(own).path("meeting").asText()).isEqualTo("2026-03-10");

        sender.sendDue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).extracting(m -> m.getAllRecipients()[0].toString() + " | " + m.getSubject()).containsExactly(
                "Jane Doe <jane.doe@mhl.example.org> | PARA: your registration for Level 1",
                "Jane Doe <jane.doe@mhl.example.org> | PARA: your portfolio has arrived",
                "Jane Doe <jane.doe@mhl.example.org> | PARA: your portfolio goes to the Review Board on 2026-03-10",
                "Jane Doe <jane.doe@mhl.example.org> | PARA: the Review Board's preliminary decision on your Level 1 portfolio");
        assertThat((String) received[1].getContent()).contains(id, "arrived on 2026-02-20", "fee of 25.00");
        assertThat((String) received[3].getContent()).contains("preliminary approval", "The badge shows one day attended");
    }

    @Test
    void thePastRecipientsListNeedsTheSiteToken() throws Exception {
        assertThat(call("GET", "/recipients", null, null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/recipients", BOARD, null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> list = call("GET", "/recipients", SITE, null, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).isEqualTo("[]");
    }

    @Test
    void theBoardAcceptsAnUnrecordedPriorLevelWithAReason() throws Exception {
        String id = json(call("POST", "/applicant/registrations", SITE, "A-2002",
                "{\"name\": \"Ann Lee\", \"level\": 2, \"registeredOn\": \"2025-09-01\"}")).path("id").asText();
        HttpResponse<String> noReason = call("POST", "/board/applications/" + id + "/prior-levels", BOARD, null, "{\"level\": 1}");
        assertThat(noReason.statusCode()).isEqualTo(409);
        HttpResponse<String> accepted = call("POST", "/board/applications/" + id + "/prior-levels", BOARD, null,
                "{\"level\": 1, \"reason\": \"The 2009 certificate was shown to the Board\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(json(accepted).at("/history/1/action").asText()).isEqualTo("accept-prior-level");
        assertThat(json(accepted).path("state").asText()).isEqualTo("REGISTERED");
    }
}
