package org.mla.para.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.mla.para.engine.ParaEngine;
import org.mla.para.store.jdbc.JdbcApplicationStore;
import org.mla.para.workflow.MessageTemplates;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.WorkflowPolicy;
import picocli.CommandLine.Option;

/** The options of the operator's commands: which database, who acts, when, and how to print. */
final class WorkflowOptions {

    static final String DEFAULT_DB = "para-applications";

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "the applications database: an H2 file (default: ${DEFAULT-VALUE} in the current folder, "
                    + "or $PARA_DB) or a JDBC URL such as jdbc:postgresql://host/para?user=...&password=...",
            defaultValue = "${env:PARA_DB:-" + DEFAULT_DB + "}")
    String db;

    @Option(names = "--as", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "who is acting, recorded with the event (default: your login name)")
    String actor;

    @Option(names = "--today", paramLabel = "yyyy-MM-dd", converter = DateConverter.class,
            description = "record the action as done on this day (default: today in Massachusetts): "
                    + "for entering past events and for trying things out")
    LocalDate today;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "the workflow policy (fee and deadlines) to use instead of the bundled one; the message "
                    + "templates in a 'messages' folder beside it, when there is one")
    Path policy;

    @Option(names = "--rules", paramLabel = "DIR", description = "use the rule editions in DIR instead of the bundled ones")
    Path rules;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    /** What the last workflow's actions queued, for the command to report. */
    final java.util.List<org.mla.para.workflow.Notification> queued = new java.util.ArrayList<>();
    private WorkflowPolicy readPolicy;
    private JdbcApplicationStore openStore;

    /** The policy: the bundled one or {@code --policy}'s, read once. */
    WorkflowPolicy policy() {
        if (readPolicy == null) {
            readPolicy = policy == null ? WorkflowPolicy.bundled() : WorkflowPolicy.read(policy);
        }
        return readPolicy;
    }

    /** The store {@code --db} names, opened once. */
    JdbcApplicationStore store() {
        if (openStore == null) {
            openStore = open(db);
        }
        return openStore;
    }

    /**
     * The database {@code db} names: a JDBC URL, or an H2 file that must exist (never
     * created here: {@code para db init} does that).
     */
    static JdbcApplicationStore open(String db) {
        if (db.startsWith("jdbc:")) {
            return JdbcApplicationStore.open(db);
        }
        Path file;
        try {
            file = Path.of(db);
        } catch (java.nio.file.InvalidPathException e) {
            throw new org.mla.para.store.jdbc.StoreException("--db: '" + db + "' is not a file name: " + e.getReason(), e);
        }
        return JdbcApplicationStore.existingH2File(file);
    }

    ParaWorkflow workflow(java.io.PrintWriter out) {
        ZoneId zone = ParaEngine.PROGRAM_ZONE;
        Clock clock = today == null ? Clock.system(zone)
                : Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone);
        WorkflowPolicy chosen = policy();
        return ParaWorkflow.builder()
                .engine(() -> rules == null ? ParaEngine.bundled() : ParaEngine.fromDirectory(rules))
                .store(store())
                .clock(clock)
                .notifier(queued::add)
                .policy(chosen)
                .templates(policy == null ? MessageTemplates.bundled() : MessageTemplates.besidePolicy(policy))
                .build();
    }
}
