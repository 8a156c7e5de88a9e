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
 *   <li>{@code POST /gaps[?level=N][&asOf=yyyy-MM-dd]}: a portfolio in, its gap analysis out;</li>
 *   <li>{@code GET /editions}: the rule editions the service knows;</li>
 *   <li>{@code GET /health}: whether it is up;</li>
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
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = maxBodyBytes;
            config.http.defaultContentType = JSON_TYPE;
            // The self-assessment page: plain HTML, CSS and a little JavaScript, all served from here.
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.routes.before(ctx -> {
                if (ctx.contentLength() > maxBodyBytes) {
                    throw new Refused(413, "the body is " + ctx.contentLength() + " bytes; at most " + maxBodyBytes + " are accepted");
                }
            });
            config.routes.get("/health", ctx -> ctx.result(object().put("status", "ok")
                    .put("editions", engine.editions().size()).toString()));
            config.routes.get("/editions", ctx -> ctx.result(editions(engine.editions()).toString()));
            config.routes.post("/assessments", ctx -> ctx.result(ParaJson.write(engine.assessJson(ctx.body(), asOf(ctx)))));
            config.routes.post("/gaps", ctx -> ctx.result(ParaJson.write(engine.gapJson(ctx.body(), asOf(ctx), level(ctx)))));
            if (workflow != null) {
                config.routes.get("/board/meetings", ctx -> ctx.result(workflow.meetings(ctx)));
                config.routes.post("/board/meetings", ctx -> ctx.result(workflow.addMeeting(ctx)));
                config.routes.get("/board/meetings/{date}/agenda", ctx -> ctx.result(workflow.agenda(ctx)));
                config.routes.get("/board/applications/{id}", ctx -> ctx.result(workflow.application(ctx)));
                config.routes.post("/board/applications/{id}/decision", ctx -> ctx.result(workflow.decide(ctx)));
                config.routes.get("/board/attention", ctx -> ctx.result(workflow.attention(ctx)));
                config.routes.get("/applicant/applications", ctx -> ctx.result(workflow.ownApplications(ctx)));
                config.routes.get("/applicant/applications/{id}", ctx -> ctx.result(workflow.ownApplication(ctx)));
            }
            config.routes.exception(org.mla.para.workflow.WorkflowException.class, (e, ctx) -> ctx.status(409)
                    .contentType(JSON_TYPE).result(problems(List.of(new Problem("$", e.getMessage()))).toString()));
            config.routes.exception(InvalidPortfolioException.class, (e, ctx) -> ctx.status(400).contentType(JSON_TYPE)
                    .result(problems(e.problems()).toString()));
            config.routes.exception(Refused.class, (e, ctx) -> {
                ctx.attribute(ANSWERED, true);
                ctx.status(e.status).contentType(JSON_TYPE).result(problems(List.of(new Problem(e.where, e.getMessage()))).toString());
            });
            config.routes.exception(RuleEditionException.class, (e, ctx) -> {
                // The rules in service cannot assess this portfolio: nothing wrong with the request, no result to trust.
                LOG.error("the rule edition failed on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.status(500).contentType(JSON_TYPE).result(problems(e.problems())
                        .put("error", "the rule edition in service cannot assess this portfolio").toString());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).contentType(JSON_TYPE).result(object().put("error", "internal error").toString());
            });
            config.routes.error(404, ctx -> {
                if (Boolean.TRUE.equals(ctx.attribute(ANSWERED))) {
                    return; // a 404 with its own answer (another applicant's application, say)
                }
                ctx.contentType(JSON_TYPE).result(object()
                    .put("error", "no such endpoint: GET / (the self-assessment page), POST /assessments, POST /gaps, "
                            + "GET /editions, GET /health").toString());
            });
            config.routes.error(413, ctx -> ctx.contentType(JSON_TYPE).result(problems(List.of(new Problem("$",
                    "the body is larger than the " + maxBodyBytes + " bytes accepted"))).toString()));
        });
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
