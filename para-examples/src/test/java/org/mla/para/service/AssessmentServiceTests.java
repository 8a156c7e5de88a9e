package org.mla.para.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mla.para.engine.ParaEngine;

/** The service on a free port of this machine, called as the MLA website would call it. */
class AssessmentServiceTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long LIMIT = 50_000;
    private static final List<String> VALID = List.of("level1-eligible-jane", "level1-short-on-education",
            "level2-window-after-level1", "level3-caps-and-duplicates", "level4-not-held-prerequisite");

    private static Javalin service;
    private static String base;

    @BeforeAll
    static void start() {
        service = AssessmentService.create(ParaEngine.bundled(), LIMIT).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + service.port();
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sample(String name) throws IOException {
        return Files.readString(Path.of("samples", name + ".json"));
    }

    private static JsonNode expected(String name) throws IOException {
        return JSON.readTree(Path.of("samples", "expected", name + ".json").toFile());
    }

    @Test
    void aRuleThatBreaksAnAssessmentIsA500NamingTheRuleNeverAWrongResult(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path edition = dir.resolve("reference");
        Path bundled = Path.of("../para-rules/src/main/resources/org/mla/para/rules/reference");
        Files.createDirectories(edition);
        try (var files = Files.list(bundled)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, edition.resolve(file.getFileName().toString()));
            }
        }
        Files.writeString(edition.resolve("extra.drl"), """
                package org.mla.para.rules.reference;
                import org.mla.para.model.Workshop;
                import org.mla.para.model.Source;
                import org.mla.para.model.scoring.ClaimScore;
                rule "Workshops lose 17 points"
                    @id("EXTRA-NEGATIVE")
                    salience 60
                when
                    $score : ClaimScore( type == org.mla.para.model.ClaimType.WORKSHOP )
                    $workshop : Workshop() from $score.claim
                then
                    $score.award(Source.EDUCATION, -17);
                end
                """);
        Javalin broken = AssessmentService.create(ParaEngine.fromDirectory(dir), LIMIT).start("127.0.0.1", 0);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + broken.port()
                    + "/assessments")).POST(HttpRequest.BodyPublishers.ofString(sample("level1-eligible-jane"))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(500);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("error").asText()).isEqualTo("the rule edition in service cannot assess this portfolio");
            assertThat(body.path("problems").get(0).path("path").asText()).isEqualTo(edition.resolve("extra.drl") + ":5:1");
            assertThat(body.path("problems").get(0).path("message").asText())
                    .matches("rule \"Workshops lose 17 points\" \\(EXTRA-NEGATIVE\\) gives claim c\\d+ negative points \\(-17\\)");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        } finally {
            broken.stop();
        }
    }

    @Test
    void eachSampleIsAssessedAsItsExpectedFileSays() throws Exception {
        for (String name : VALID) {
            HttpResponse<String> response = post("/assessments", sample(name));

            assertThat(response.statusCode()).as(name).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(JSON.readTree(response.body())).as(name).isEqualTo(expected(name));
        }
    }

    @Test
    void anExplanationCarriesTheAssessmentAndEveryNoteInWords() throws Exception {
        for (String name : VALID) {
            HttpResponse<String> response = post("/explanations", sample(name));

            assertThat(response.statusCode()).as(name).isEqualTo(200);
            JsonNode explained = JSON.readTree(response.body());
            assertThat(explained.get("assessment")).as(name).isEqualTo(expected(name));
            for (int i = 0; i < explained.at("/assessment/claims").size(); i++) {
                JsonNode claim = explained.at("/assessment/claims/" + i);
                assertThat(explained.at("/claims/" + i + "/id")).isEqualTo(claim.get("id"));
                assertThat(explained.at("/claims/" + i + "/reasons").findValuesAsText("note"))
                        .as(name + " " + claim.get("id")).containsExactlyElementsOf(
                                java.util.stream.StreamSupport.stream(claim.get("notes").spliterator(), false).map(JsonNode::asText).toList());
            }
        }
        JsonNode maria = JSON.readTree(post("/explanations", sample("level1-short-on-education")).body());
        assertThat(maria.get("verdict").asText()).isEqualTo("Not yet eligible for Level 1: 20 of 25 education points.");
        assertThat(maria.get("claims").findValuesAsText("words")).contains("+10 once you attach a certificate or attendance form");
        assertThat(post("/explanations", sample("invalid-typos")).statusCode()).isEqualTo(400);
    }

    @Test
    void invalidInputIs400WithEveryProblem() throws Exception {
        HttpResponse<String> response = post("/assessments", sample("invalid-typos"));

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> problems = new ArrayList<>();
        JSON.readTree(response.body()).get("problems").forEach(p -> problems.add(p.get("path").asText() + ": " + p.get("message").asText()));
        assertThat(problems).containsExactlyInAnyOrderElementsOf(
                Files.readAllLines(Path.of("samples/expected/invalid-typos.problems.txt")).stream().filter(l -> !l.isBlank()).toList());
    }

    @Test
    void malformedJsonAndBadParametersAre400NeverAStackTrace() throws Exception {
        HttpResponse<String> malformed = post("/assessments", "{ \"targetLevel\": ");
        HttpResponse<String> badDate = post("/assessments?asOf=tomorrow", sample("level1-eligible-jane"));

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("malformed JSON").doesNotContain("\tat ");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"path\":\"asOf\"");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        // The service refuses on the declared length, before reading the body. A client writing
        // the whole body first races the server's answer and closing (a broken pipe), so this one
        // sends the headers, then reads the answer.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /assessments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (LIMIT + 1) + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("\"problems\"");
        }
    }

    @Test
    void editionsHealthAndUnknownPaths() throws Exception {
        JsonNode editions = JSON.readTree(get("/editions").body());
        // The bundled editions: the reference, and any other a maintainer added to para-rules.
        assertThat(editions).filteredOn(e -> e.get("id").asText().equals("reference")).singleElement()
                .satisfies(e -> assertThat(e.get("areas")).hasSize(7));
        assertThat(get("/health").body()).isEqualTo("{\"status\":\"ok\",\"editions\":" + editions.size() + "}");
        HttpResponse<String> unknown = get("/nothing");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no such endpoint");
    }

    @Test
    void theGapOfAnIneligibleSampleComesWithAPlan() throws Exception {
        HttpResponse<String> response = post("/gaps", sample("level1-short-on-education"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode gap = JSON.readTree(response.body());
        assertThat(gap.get("shortfalls").get(0).get("name").asText()).isEqualTo("EDUCATION");
        assertThat(gap.get("planMakesEligible").asBoolean()).isTrue();
    }

    @Test
    void parallelRequestsAreEachAnsweredCorrectly() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                String name = VALID.get(i % VALID.size());
                answers.add(clients.submit(() -> {
                    HttpResponse<String> response = post("/assessments", sample(name));
                    return response.statusCode() == 200 && JSON.readTree(response.body()).equals(expected(name));
                }));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
