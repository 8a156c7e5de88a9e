package org.mla.para.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mla.para.engine.ParaEngine;
import org.mla.para.service.AssessmentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code para serve}: the assessment service, on this machine by default. */
@Command(name = "serve", description = {"Serves PARA over HTTP: POST /assessments, POST /gaps, GET /editions, GET /health.",
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

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ParaEngine engine = options.engine(spec.commandLine().getErr());
        if (engine == null) {
            return ExitCodes.BROKEN_RULES;
        }
        Javalin app = AssessmentService.create(engine, maxBodyBytes).start(host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        spec.commandLine().getOut().println("PARA assessment service on http://" + host + ":" + app.port()
                + " (POST /assessments, POST /gaps, GET /editions, GET /health); Ctrl-C stops it");
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.ASSESSED;
    }
}
