package org.mla.para.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.mla.para.engine.Edition;
import org.mla.para.engine.InvalidPortfolioException;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.ParaJson;
import org.mla.para.engine.Problem;
import org.mla.para.engine.RuleEditionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assessment service the MLA website would call: PARA over HTTP, JSON in and out.
 *
 * <ul>
 *   <li>{@code POST /assessments[?asOf=yyyy-MM-dd]}: a portfolio in, its assessment out;</li>
 *   <li>{@code POST /explanations[?asOf=yyyy-MM-dd]}: a portfolio in, its assessment out with every note and
 *       requirement in words, as the self-assessment page shows them;</li>
 *   <li>{@code POST /gaps[?level=N][&asOf=yyyy-MM-dd]}: a portfolio in, its gap analysis out;</li>
 *   <li>{@code GET /editions}: the rule editions the service knows;</li>
 *   <li>{@code GET /health}: whether it is up;</li>
 *   <li>{@code GET /openapi.json}: the OpenAPI document of all of them;</li>
 *   <li>with a workflow: the Review Board's and the applicant's endpoints ({@link WorkflowEndpoints}).</li>
 * </ul>
 *
 * Invalid input is HTTP 400 with {@code {"problems": [{"path", "message"}...]}}, a body over the
 * limit 413, and nothing ever answers with a stack trace. One engine serves every request.
 */
public final class AssessmentService {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentService.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    /** The OpenAPI document of every endpoint, kept beside this class; a test holds it to the routes registered. */
    public static final String OPENAPI_RESOURCE = "/org/mla/para/service/openapi.json";
    private static final String OPENAPI = resource(OPENAPI_RESOURCE);
    /** Set on a request refused with its own problems, so the generic 404 answer leaves it be. */
    private static final String ANSWERED = "para.answered";

    private AssessmentService() {
    }

    /** A service on {@code engine}, refusing bodies over {@code maxBodyBytes}; call {@code start(host, port)} on it. */
    public static Javalin create(ParaEngine engine, long maxBodyBytes) {
        return create(engine, maxBodyBytes, null);
    }

    /** The same, with the workflow's Review Board and applicant endpoints when {@code workflow} is not null. */
    public static Javalin create(ParaEngine engine, long maxBodyBytes, WorkflowEndpoints workflow) {
        return create(engine, maxBodyBytes, workflow, HttpLimits.DEFAULTS);
    }

    /** The same, with {@code limits} on what one client may take of the service. */
    public static Javalin create(ParaEngine engine, long maxBodyBytes, WorkflowEndpoints workflow, HttpLimits limits) {
        Routes routes = new Routes();
        java.util.concurrent.Semaphore gaps = new java.util.concurrent.Semaphore(limits.gapsAtOnce());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = maxBodyBytes;
            config.http.defaultContentType = JSON_TYPE;
            config.http.prefer405over404 = true;
            // Slow clients: a body must keep arriving at a minimum rate (each byte no longer buys another idle
            // timeout), one address has a bounded number of connections, and the threads are counted.
            config.jetty.threadPool = new org.eclipse.jetty.util.thread.QueuedThreadPool(limits.threads(),
                    Math.min(8, limits.threads()));
            config.jetty.modifyHttpConfiguration(http -> {
                http.setMinRequestDataRate(limits.minBytesPerSecond());
                http.setSendServerVersion(false);
            });
            config.jetty.modifyServer(server -> server.addBean(new ConnectionsPerAddress(limits.connectionsPerAddress(), server)));
            // The self-assessment page: plain HTML, CSS and a little JavaScript, all served from here.
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.routes.before(ctx -> {
                Conventions.securityHeaders(ctx);
                if (ctx.contentLength() > maxBodyBytes) {
                    throw new Refused(413, "the body is " + ctx.contentLength() + " bytes; at most " + maxBodyBytes + " are accepted");
                }
                Conventions.checkContentType(ctx);
            });
            routes.get(config, "/health", ctx -> ctx.result(object().put("status", "ok")
                    .put("editions", engine.editions().size()).toString()));
            routes.get(config, "/editions", ctx -> ctx.result(editions(engine.editions()).toString()));
            routes.get(config, "/openapi.json", ctx -> ctx.result(OPENAPI));
            routes.post(config, "/assessments", ctx -> ctx.result(ParaJson.write(engine.assessJson(ctx.body(), asOf(ctx)))));
            routes.post(config, "/explanations", ctx -> ctx.result(ParaJson.write(engine.explainJson(ctx.body(), asOf(ctx)))));
            routes.post(config, "/gaps", ctx -> {
                String body = ctx.body();
                Conventions.checkGapClaims(body, limits.gapClaims());
                if (!gaps.tryAcquire()) {
                    ctx.header("Retry-After", "5");
                    throw new Refused(503, "the service is analysing " + limits.gapsAtOnce() + " gap(s) already; try again "
                            + "in a few seconds");
                }
                try {
                    ctx.result(ParaJson.write(engine.gapJson(body, asOf(ctx), level(ctx))));
                } finally {
                    gaps.release();
                }
            });
            if (workflow != null) {
                routes.get(config, "/board/meetings", ctx -> ctx.result(workflow.meetings(ctx)));
                routes.post(config, "/board/meetings", ctx -> ctx.result(workflow.addMeeting(ctx)));
                routes.get(config, "/board/meetings/{date}/agenda", ctx -> ctx.result(workflow.agenda(ctx)));
                routes.get(config, "/board/applications/{id}", ctx -> ctx.result(workflow.application(ctx)));
                routes.get(config, "/board/applications/{id}/portfolio", ctx -> ctx.result(workflow.portfolio(ctx)));
                routes.post(config, "/board/applications/{id}/decision", ctx -> ctx.result(workflow.decide(ctx)));
                routes.get(config, "/board/attention", ctx -> ctx.result(workflow.attention(ctx)));
                routes.get(config, "/applicant/applications", ctx -> ctx.result(workflow.ownApplications(ctx)));
                routes.get(config, "/applicant/applications/{id}", ctx -> ctx.result(workflow.ownApplication(ctx)));
                routes.post(config, "/board/applications/{id}/schedule", ctx -> ctx.result(workflow.schedule(ctx)));
                routes.post(config, "/board/applications/{id}/review", ctx -> ctx.result(workflow.openReview(ctx)));
                routes.post(config, "/board/applications/{id}/prior-levels", ctx -> ctx.result(workflow.acceptPriorLevel(ctx)));
                routes.post(config, "/applicant/registrations", ctx -> ctx.result(workflow.register(ctx)));
                routes.post(config, "/applicant/applications/{id}/portfolio", ctx -> ctx.result(workflow.submitPortfolio(ctx)));
                routes.get(config, "/recipients", ctx -> ctx.result(workflow.recipients(ctx)));
            }
            config.routes.after(ctx -> {
                if (ctx.path().startsWith("/board/") || ctx.path().startsWith("/applicant/")) {
                    ctx.header("Cache-Control", "no-store"); // another's answers must not stay in a shared cache
                }
            });
            config.routes.exception(org.mla.para.workflow.WorkflowException.class, (e, ctx) -> ctx.status(409)
                    .contentType(JSON_TYPE).result(problems(List.of(new Problem("$", e.getMessage()))).toString()));
            config.routes.exception(InvalidPortfolioException.class, (e, ctx) -> ctx.status(400).contentType(JSON_TYPE)
                    .result(problems(e.problems()).toString()));
            config.routes.exception(Refused.class, (e, ctx) -> {
                ctx.attribute(ANSWERED, true);
                ctx.status(e.status).contentType(JSON_TYPE).result(problems(List.of(new Problem(e.where, e.getMessage()))).toString());
            });
            config.routes.exception(org.mla.para.workflow.UnreadableHistoryException.class, (e, ctx) -> {
                LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.status(500).contentType(JSON_TYPE).result(problems(List.of(new Problem("id", e.getMessage()))).toString());
            });
            config.routes.exception(RuleEditionException.class, (e, ctx) -> {
                // The rules in service cannot assess this portfolio: nothing wrong with the request, no result to trust.
                LOG.error("the rule edition failed on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.status(500).contentType(JSON_TYPE).result(problems(e.problems())
                        .put("error", "the rule edition in service cannot assess this portfolio").toString());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (Conventions.clientWentAway(e)) {
                    // The client dropped or stalled mid-body: its own doing, and no answer reaches it.
                    LOG.info("{} {} from {}: the client went away before its request arrived ({})", ctx.method(), ctx.path(),
                            ctx.ip(), Conventions.rootMessage(e));
                    ctx.status(408).contentType(JSON_TYPE).result(problems(List.of(new Problem("$",
                            "the request did not arrive in time"))).toString());
                    return;
                }
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).contentType(JSON_TYPE).result(object().put("error", "internal error").toString());
            });
            config.routes.error(405, ctx -> {
                String allowed = routes.allowed(ctx.path());
                ctx.header("Allow", allowed);
                ctx.contentType(JSON_TYPE).result(problems(List.of(new Problem("$", ctx.method() + " is not allowed on "
                        + ctx.path() + "; allowed: " + allowed))).toString());
            });
            config.routes.error(404, ctx -> {
                if (Boolean.TRUE.equals(ctx.attribute(ANSWERED))) {
                    return; // a 404 with its own answer (another applicant's application, say)
                }
                ctx.contentType(JSON_TYPE).result(object()
                    .put("error", "no such endpoint: GET / (the self-assessment page), POST /assessments, POST /explanations, POST /gaps, "
                            + "GET /editions, GET /health; GET /openapi.json describes them all").toString());
            });
            config.routes.error(413, ctx -> {
                if (!Boolean.TRUE.equals(ctx.attribute(ANSWERED))) {
                    ctx.contentType(JSON_TYPE).result(problems(List.of(new Problem("$",
                            "the body is larger than the " + maxBodyBytes + " bytes accepted"))).toString());
                }
            });
        });
    }

    private static String resource(String name) {
        try (java.io.InputStream in = AssessmentService.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + ": a broken build");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static LocalDate asOf(Context ctx) {
        String asOf = ctx.queryParam("asOf");
        if (asOf == null) {
            return null;
        }
        try {
            if (!asOf.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not yyyy-MM-dd", asOf, 0);
            }
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new Refused(400, "asOf", "must be a date as yyyy-MM-dd (was \"" + asOf + "\")");
        }
    }

    private static Integer level(Context ctx) {
        String level = ctx.queryParam("level");
        if (level == null) {
            return null;
        }
        try {
            return Integer.valueOf(level);
        } catch (NumberFormatException e) {
            throw new Refused(400, "level", "must be a whole number (was \"" + level + "\")");
        }
    }

    private static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private static ObjectNode problems(List<Problem> problems) {
        ObjectNode body = object();
        ArrayNode list = body.putArray("problems");
        problems.forEach(p -> list.addObject().put("path", p.path()).put("message", p.message()));
        return body;
    }

    private static ArrayNode editions(List<Edition> editions) {
        ArrayNode list = JSON.createArrayNode();
        for (Edition edition : editions) {
            ObjectNode node = list.addObject().put("id", edition.id()).put("title", edition.title())
                    .put("effectiveFrom", edition.effectiveFrom().toString());
            ArrayNode areas = node.putArray("areas");
            edition.areas().forEach(area -> areas.addObject().put("code", area.code()).put("name", area.name()));
        }
        return list;
    }

    /** A request refused for what it is, not for its portfolio. */
    static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int status;
        private final String where;

        Refused(int status, String message) {
            this(status, "$", message);
        }

        Refused(int status, String where, String message) {
            super(message);
            this.status = status;
            this.where = where;
        }
    }
}
