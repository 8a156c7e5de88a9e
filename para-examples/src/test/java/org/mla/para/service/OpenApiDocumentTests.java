package org.mla.para.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mla.para.engine.ParaEngine;
import org.mla.para.workflow.InMemoryApplicationStore;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.RecordingNotifier;

/** The OpenAPI document kept in the repository describes exactly the routes the service registers, and is served. */
class OpenApiDocumentTests {

    private static final ParaEngine ENGINE = ParaEngine.bundled();

    private static String text;
    private static OpenAPI document;
    private static Javalin service;

    @BeforeAll
    static void readTheDocumentAndStartEveryEndpoint() throws Exception {
        try (InputStream in = AssessmentService.class.getResourceAsStream(AssessmentService.OPENAPI_RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
        assertThat(parsed.getMessages()).as("what the parser says is wrong with the document").isEmpty();
        document = parsed.getOpenAPI();
        ParaWorkflow workflow = ParaWorkflow.builder().engine(ENGINE).store(new InMemoryApplicationStore())
                .notifier(new RecordingNotifier()).build();
        service = AssessmentService.create(ENGINE, 1_000_000, new WorkflowEndpoints(workflow, "board-secret", "site-secret"))
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    /** "GET /board/applications/{id}" for every route the service registers (before-handlers are not routes). */
    private static Set<String> registeredRoutes() {
        Set<String> routes = new TreeSet<>();
        service.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> parsed.endpoint.method.isHttpMethod())
                .forEach(parsed -> routes.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path));
        return routes;
    }

    private static Map<String, Operation> documentedOperations() {
        Map<String, Operation> operations = new TreeMap<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method.name() + " " + path, operation)));
        return operations;
    }

    @Test
    void everyRegisteredRouteIsDocumented() {
        Set<String> undocumented = new TreeSet<>(registeredRoutes());
        undocumented.removeAll(documentedOperations().keySet());
        // HEAD answers as GET does, without the body: its GET documents it
        undocumented.removeIf(route -> route.startsWith("HEAD ")
                && documentedOperations().containsKey("GET " + route.substring("HEAD ".length())));

        assertThat(registeredRoutes()).contains("POST /assessments", "POST /board/applications/{id}/decision");
        assertThat(undocumented).as("routes the service registers that the OpenAPI document does not describe").isEmpty();
    }

    @Test
    void everyDocumentedOperationIsARegisteredRoute() {
        Set<String> missing = new TreeSet<>(documentedOperations().keySet());
        missing.removeAll(registeredRoutes());

        assertThat(missing).as("operations the OpenAPI document describes that the service does not have").isEmpty();
    }

    @Test
    void everyOperationSaysWhatItAnswersWhenRefused() {
        documentedOperations().forEach((route, operation) -> {
            assertThat(operation.getSummary()).as("summary of %s", route).isNotBlank();
            assertThat(operation.getResponses()).as("responses of %s", route).isNotEmpty();
            boolean takesInput = operation.getRequestBody() != null || operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> !"path".equals(p.getIn()) || p.getName().equals("date"));
            if (takesInput) {
                assertThat(operation.getResponses()).as("%s takes input: its 400", route).containsKey("400");
            }
            if (operation.getSecurity() != null) {
                assertThat(operation.getResponses()).as("%s needs a token: its 401", route).containsKey("401");
            }
        });
        assertThat(document.getComponents().getSecuritySchemes()).containsOnlyKeys("boardToken", "siteToken");
        io.swagger.v3.oas.models.media.Schema<?> meeting = documentedOperations().get("POST /board/meetings").getRequestBody()
                .getContent().get("application/json").getSchema();
        assertThat(meeting.getProperties().keySet()).as("the body of POST /board/meetings").containsExactly("date");
    }

    @Test
    void theServiceServesTheDocumentAsKeptInTheRepository() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + service.port() + "/openapi.json")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(served.body()).isEqualTo(text);
    }
}
