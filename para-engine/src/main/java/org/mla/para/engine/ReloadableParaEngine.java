package org.mla.para.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An engine on a rule directory that can be reloaded while it serves. {@link #reload()}
 * compiles the directory off to the side and swaps the new engine in atomically; a broken edit
 * is reported and the engine already in service keeps serving. Each assessment runs entirely
 * on the engine that was current when it started. Reloads run one at a time, so the last one
 * to finish is always the newest.
 *
 * <pre>{@code
 * ReloadableParaEngine rules = ReloadableParaEngine.open(Path.of("/etc/para/rules"));
 * rules.current().assess(portfolio, today);                 // any number of threads
 * List<Problem> problems = rules.reload();                   // after the maintainers' edit
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ReloadableParaEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadableParaEngine.class);

    private final Path directory;
    private final AtomicReference<ParaEngine> current;

    private ReloadableParaEngine(Path directory, ParaEngine first) {
        this.directory = directory;
        this.current = new AtomicReference<>(first);
    }

    /**
     * Compiles the editions in {@code directory}.
     *
     * @throws RuleEditionException when they cannot be used: there is nothing to serve yet
     */
    public static ReloadableParaEngine open(Path directory) {
        return new ReloadableParaEngine(directory, ParaEngine.fromDirectory(directory));
    }

    /** The engine in service now. Hold on to it for the length of one piece of work. */
    public ParaEngine current() {
        return current.get();
    }

    /**
     * Recompiles the directory and, when it compiles, puts it in service.
     *
     * @return the problems that kept the new rules out of service; empty when they are in service
     */
    public synchronized List<Problem> reload() {
        try {
            ParaEngine fresh = ParaEngine.fromDirectory(directory);
            current.set(fresh);
            LOG.info("rule editions in {} reloaded: {}", directory, fresh.editions().stream().map(Edition::id).toList());
            return List.of();
        } catch (RuleEditionException e) {
            LOG.warn("rule editions in {} not reloaded, the rules in service keep serving:\n{}", directory, e.getMessage());
            return e.problems();
        } catch (RuntimeException e) {
            LOG.warn("rule editions in {} not reloaded, the rules in service keep serving", directory, e);
            return List.of(new Problem(directory.toString(), "cannot be loaded: " + e));
        }
    }
}
