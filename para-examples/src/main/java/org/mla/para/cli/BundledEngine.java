package org.mla.para.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.mla.para.engine.ParaEngine;

/**
 * The engine with the bundled rules, started on a second thread as soon as the command line
 * shows it will be needed, so that loading the rules overlaps parsing the arguments.
 */
final class BundledEngine {

    private static volatile CompletableFuture<ParaEngine> loading;

    private BundledEngine() {
    }

    /** Starts loading the bundled engine in the background; later calls do nothing. */
    static synchronized void startLoading() {
        if (loading == null) {
            CompletableFuture<ParaEngine> future = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    future.complete(ParaEngine.bundled());
                } catch (Throwable e) {
                    future.completeExceptionally(e);
                }
            }, "para-engine-loading");
            thread.setDaemon(true);
            thread.start();
            loading = future;
        }
    }

    /** The bundled engine: the one loading in the background when started, else a new one. */
    static ParaEngine get() {
        CompletableFuture<ParaEngine> future = loading;
        if (future == null) {
            return ParaEngine.bundled();
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
