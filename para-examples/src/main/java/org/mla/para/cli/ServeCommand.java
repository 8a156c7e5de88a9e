package org.mla.para.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mla.para.engine.ParaEngine;
import org.mla.para.service.AssessmentService;
import org.mla.para.service.WorkflowEndpoints;
import org.mla.para.store.jdbc.JdbcApplicationStore;
import org.mla.para.workflow.ParaWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code para serve}: the assessment service, on this machine by default. */
@Command(name = "serve", description = {"Serves PARA over HTTP, with the self-assessment page; GET /openapi.json describes the API.",
    "POST /assessments, POST /explanations, POST /gaps, GET /editions, GET /health; with --board-token and --site-token,",
    "the Review Board's and the applicants' workflow endpoints too.",
    "Listens on localhost unless --host says otherwise. Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", description = "the address to listen on (default: ${DEFAULT-VALUE})", defaultValue = "127.0.0.1")
    private String host;

    @Option(names = "--port", description = "the port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    private int port;

    @Option(names = "--max-body-bytes", description = "larger request bodies are refused with 413 (default: ${DEFAULT-VALUE})",
            defaultValue = "1000000")
    private long maxBodyBytes;

    @Mixin
    private EngineOptions options;

    @Option(names = "--board-token", paramLabel = "TOKEN", defaultValue = "${env:PARA_BOARD_TOKEN}",
            description = "turns on the Review Board's endpoints (/board/...), for callers with this bearer token "
                    + "(default: $PARA_BOARD_TOKEN)")
    private String boardToken;

    @Option(names = "--site-token", paramLabel = "TOKEN", defaultValue = "${env:PARA_SITE_TOKEN}",
            description = "turns on the applicant endpoints (/applicant/...), for the website with this bearer token, "
                    + "naming the signed-in applicant in X-PARA-Applicant (default: $PARA_SITE_TOKEN)")
    private String siteToken;

    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "${env:PARA_DB:-" + WorkflowOptions.DEFAULT_DB + "}",
            description = "the applications database of the workflow endpoints (default: ${DEFAULT-VALUE})")
    private String db;

    @Mixin
    private MailOptions mail;

    @Option(names = "--mail-every", paramLabel = "SECONDS", defaultValue = "60",
            description = "how often the outbox is sent, with SMTP configured (default: every ${DEFAULT-VALUE} seconds)")
    private long mailEvery;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        WorkflowEndpoints workflow = null;
        for (String option : List.of("--board-token", "--site-token")) {
            String given = spec.commandLine().getParseResult().matchedOptionValue(option, null);
            if (given != null && given.isBlank()) {
                // An unset variable in a script (--board-token "$TOKEN") must not quietly leave the endpoints off.
                spec.commandLine().getErr().println("para: " + option + " is empty or blank: give the token, or leave the "
                        + "option out to keep those endpoints off");
                return ExitCodes.OTHER;
            }
        }
        // An empty environment variable is taken as unset: the endpoints stay off.
        boardToken = boardToken == null || boardToken.isEmpty() ? null : boardToken;
        siteToken = siteToken == null || siteToken.isEmpty() ? null : siteToken;
        try {
            WorkflowEndpoints.checkTokens(boardToken, siteToken);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("para: " + e.getMessage());
            return ExitCodes.OTHER;
        }
        ParaEngine engine = options.engine(spec.commandLine().getErr()); // after the quick checks: it may compile rules
        if (engine == null) {
            return ExitCodes.BROKEN_RULES;
        }
        java.util.Optional<org.mla.para.mail.SmtpSettings> smtp;
        try {
            smtp = mail.settings();
        } catch (org.mla.para.workflow.WorkflowException e) {
            spec.commandLine().getErr().println("para: " + e.getMessage());
            return ExitCodes.OTHER;
        }
        org.mla.para.mail.OutboxSender sender = null;
        if (boardToken != null || siteToken != null) {
            JdbcApplicationStore store;
            try {
                store = WorkflowOptions.open(db);
            } catch (org.mla.para.store.jdbc.StoreException e) {
                spec.commandLine().getErr().println("para: --db: " + e.getMessage());
                return ExitCodes.OTHER;
            }
            ParaWorkflow core = ParaWorkflow.builder().engine(engine).store(store).build();
            workflow = new WorkflowEndpoints(core, boardToken, siteToken);
            if (smtp.isPresent() && core.outbox().isPresent()) {
                // The workflow's messages (those of decisions made over HTTP too) go out from here.
                sender = new org.mla.para.mail.OutboxSender(core.outbox().get(), smtp.get(), java.time.Clock.systemUTC())
                        .start(java.time.Duration.ofSeconds(Math.max(1, mailEvery)));
            }
        }
        org.mla.para.mail.OutboxSender running = sender;
        Javalin app = AssessmentService.create(engine, maxBodyBytes, workflow).start(host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            if (running != null) {
                running.close();
            }
            stopped.countDown();
        }));
        spec.commandLine().getOut().print(startup(host, app.port(), boardToken != null, siteToken != null));
        if (workflow != null) {
            spec.commandLine().getOut().println(smtp.map(s -> "e-mail: the outbox is sent through " + s + " every "
                    + Math.max(1, mailEvery) + " s").orElse("e-mail: no SMTP configured: messages stay queued "
                    + "('para mail list' shows them; give --smtp-host and --mail-from to send them)"));
        }
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.ASSESSED;
    }

    /** What {@code serve} says once it listens: where, what, and the addresses of the page and of the API's description. */
    static String startup(String host, int port, boolean boardEndpoints, boolean siteEndpoints) {
        String address = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        return "PARA assessment service on " + address + " (POST /assessments, POST /explanations, POST /gaps, GET /editions, GET /health"
                + (boardEndpoints ? "; /board/... with the board token" : "")
                + (siteEndpoints ? "; /applicant/... with the site token" : "") + "); Ctrl-C stops it"
                + System.lineSeparator() + "  self-assessment page: " + address + "/"
                + System.lineSeparator() + "  API description:      " + address + "/openapi.json" + System.lineSeparator();
    }
}
