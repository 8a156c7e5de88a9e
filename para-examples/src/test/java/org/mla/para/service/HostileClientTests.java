package org.mla.para.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mla.para.engine.ParaEngine;
import org.mla.para.workflow.InMemoryApplicationStore;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.RecordingNotifier;
import org.mla.para.workflow.WorkflowFixtures;

/**
 * The service as a hostile or careless web client meets it: content types, methods, schemes,
 * headers, slow bodies and dropped connections. Every connection is on the loopback interface.
 */
class HostileClientTests {

    private static final ParaEngine ENGINE = ParaEngine.bundled();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final HttpLimits SMALL = new HttpLimits(24, 6, 1_024, 100, 1);

    private Javalin service;
    private String base;
    private ParaWorkflow workflow;

    private void start(HttpLimits limits) {
        workflow = ParaWorkflow.builder().engine(ENGINE).store(new InMemoryApplicationStore())
                .clock(new WorkflowFixtures.TestClock(LocalDate.parse("2026-02-20"))).notifier(new RecordingNotifier()).build();
        service = AssessmentService.create(ENGINE, 1_000_000, new WorkflowEndpoints(workflow, "board-secret", "site-secret"), limits)
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + service.port();
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private static String jane() throws Exception {
        return Files.readString(Path.of("samples/level1-eligible-jane.json"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndPersonalAnswersAreNotCached() throws Exception {
        start(HttpLimits.DEFAULTS);
        List<HttpResponse<String>> answers = List.of(send(request("/")), send(request("/app.js")), send(request("/health")),
                send(request("/nowhere")), send(request("/assessments").POST(HttpRequest.BodyPublishers.ofString("{}"))),
                send(request("/board/attention").header("Authorization", "Bearer board-secret")),
                send(request("/applicant/applications").header("Authorization", "Bearer site-secret")
                        .header(WorkflowEndpoints.APPLICANT_HEADER, "A-1001")));
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(answer.uri().toString())
                    .hasValue(Conventions.CONTENT_SECURITY_POLICY);
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
        assertThat(Conventions.CONTENT_SECURITY_POLICY).contains("script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(answers.get(5).statusCode()).isEqualTo(200);
        assertThat(answers.get(5).headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(answers.get(6).statusCode()).isEqualTo(200);
        assertThat(answers.get(6).headers().firstValue("Cache-Control")).hasValue("no-store");
        String page = answers.get(0).body();
        assertThat(page).doesNotContainPattern("<script>|<style|\\son[a-z]+=|style=\"");
    }

    @Test
    void aBodyThatIsNotJsonInUtf8Is415WithAProblem() throws Exception {
        start(HttpLimits.DEFAULTS);
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/json; charset=bogus-xyz",
                "application/json; charset=ISO-8859-1")) {
            HttpResponse<String> answer = send(request("/assessments").header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(jane())));
            assertThat(answer.statusCode()).as(type).isEqualTo(415);
            assertThat(answer.body()).as(type).startsWith("{\"problems\":[{\"path\":\"Content-Type\",\"message\":");
        }
        assertThat(send(request("/assessments").header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(jane()))).statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongMethodIs405WithAllowAndHeadAnswersAsGetWithoutTheBody() throws Exception {
        start(HttpLimits.DEFAULTS);
        HttpResponse<String> post = send(request("/health").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        HttpResponse<String> get = send(request("/assessments"));
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> agenda = send(request("/board/meetings/2026-03-10/agenda").DELETE());
        assertThat(agenda.statusCode()).isEqualTo(405);
        assertThat(agenda.headers().firstValue("Allow")).hasValue("GET, HEAD");
        HttpResponse<String> head = send(request("/health").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(send(request("/nowhere")).statusCode()).isEqualTo(404);
    }

    @Test
    void theBearerSchemeIsMatchedWithoutRegardToCase() throws Exception {
        start(HttpLimits.DEFAULTS);
        for (String scheme : List.of("Bearer", "bearer", "BEARER", "bEaReR")) {
            assertThat(send(request("/board/meetings").header("Authorization", scheme + " board-secret")).statusCode())
                    .as(scheme).isEqualTo(200);
        }
        assertThat(send(request("/board/meetings").header("Authorization", "Basic board-secret")).statusCode()).isEqualTo(401);
        assertThat(send(request("/board/meetings").header("Authorization", "bearer site-secret")).statusCode()).isEqualTo(401);
    }

    @Test
    void aDecisionWithADuplicateKeyIsRefused() throws Exception {
        start(HttpLimits.DEFAULTS);
        HttpResponse<String> answer = send(request("/board/applications/PARA-0001/decision").header("Authorization", "Bearer board-secret")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"outcome\":\"NOT_APPROVED\",\"comment\":\"first\",\"outcome\":\"PRELIMINARY_APPROVAL\"}")));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("the field \\\"outcome\\\" is given twice: keep one of them");
    }

    @Test
    void gapAnalysisIsBoundedInClaims() throws Exception {
        start(SMALL);
        String jane = jane();
        int at = jane.indexOf("\"claims\"");
        StringBuilder many = new StringBuilder(jane.substring(0, at)).append("\"claims\": [");
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\": \"w").append(i).append("\", \"type\": \"WORKSHOP\", \"title\": \"W\", "
                    + "\"area\": \"REFERENCE\", \"date\": \"2025-03-01\", \"hours\": 1, \"evidence\": [\"CERTIFICATE\"]}");
        }
        many.append("]}");
        HttpResponse<String> answer = send(request("/gaps").POST(HttpRequest.BodyPublishers.ofString(many.toString())));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("a gap analysis takes at most 100 claims (this portfolio has 101)");
    }

    /**
     * More slow connections than the pool has threads, each sending a few body bytes and then
     * stalling: the surplus is closed at once, the rest are cut off by the minimum data rate,
     * and {@code /health} answers throughout.
     */
    @Test
    void slowClientsDoNotStopTheService() throws Exception {
        start(SMALL);
        int port = service.port();
        List<Socket> slow = new ArrayList<>();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < SMALL.threads() + 6; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n{\"schemaVersion\":").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            long started = System.nanoTime();
            assertThat(health("127.0.0.2", port)).startsWith("HTTP/1.1 200");
            assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds for /health").isLessThan(5_000);
            // Like the slow clients seen in service: one more byte a second. Each is cut off by the minimum data rate.
            java.util.Set<Socket> cut = new java.util.HashSet<>();
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (cut.size() < slow.size() && System.nanoTime() < deadline) {
                for (Socket socket : slow) {
                    try {
                        socket.getOutputStream().write('1');
                        socket.getOutputStream().flush();
                    } catch (java.io.IOException e) {
                        cut.add(socket); // closed by the server
                    }
                }
                Thread.sleep(500);
                assertThat(health("127.0.0.2", port)).startsWith("HTTP/1.1 200");
            }
            assertThat(cut).as("slow connections cut off").hasSize(slow.size());
            for (Socket socket : slow) {
                socket.close();
            }
            String again = "";
            for (int attempt = 0; attempt < 30 && !again.startsWith("HTTP/1.1 200"); attempt++) {
                Thread.sleep(100); // the server sees the closes in its own time
                again = health("127.0.0.1", port);
            }
            assertThat(again).as("the address may connect again once its connections are closed").startsWith("HTTP/1.1 200");
        } finally {
            System.setErr(originalErr);
            for (Socket socket : slow) {
                socket.close();
            }
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).doesNotContain("ERROR", "\tat ");
        assertThat(logged.lines().count()).isLessThan(2L * slow.size() + 5);
    }

    @Test
    void aClientThatDropsMidBodyIsNotAnError() throws Exception {
        start(SMALL);
        PrintStream originalErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 3; i++) {
                try (Socket socket = new Socket("127.0.0.1", service.port())) {
                    socket.getOutputStream().write(("POST /assessments HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n{\"a\":")
                            .getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    Thread.sleep(100);
                }
            }
            Thread.sleep(300);
            assertThat(health("127.0.0.1", service.port())).startsWith("HTTP/1.1 200");
        } finally {
            System.setErr(originalErr);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("ERROR", "\tat ");
    }

    /** GET /health from {@code from} (any 127.x address is this machine), answered whole or failing within seconds. */
    private static String health(String from, int port) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
