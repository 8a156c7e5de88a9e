package org.mla.para.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mla.para.store.jdbc.JdbcApplicationStore;
import org.mla.para.store.jdbc.StoreException;
import org.mla.para.store.jdbc.Tampering;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The application database itself: making one, and checking that its histories are as recorded. */
final class DatabaseCommands {

    private DatabaseCommands() {
    }

    @Command(name = "db", description = {"Makes the applications database: 'para db init' creates a new H2 file (--db, "
        + "default para-applications in the current folder) and says what it created; nothing else creates one.",
        "With a PostgreSQL URL (the owner's), it brings the schema up to date and, with --grant-to ROLE, gives the program's "
            + "role its rights: run it again after upgrading PARA."})
    static final class Db implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "init", description = "the only action: init")
        String verb;

        @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "${env:PARA_DB:-" + WorkflowOptions.DEFAULT_DB + "}",
                description = "the database to create or prepare (default: ${DEFAULT-VALUE})")
        String db;

        @Option(names = "--grant-to", paramLabel = "ROLE",
                description = "PostgreSQL: the role the program connects as; it may only read and add events")
        String role;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!"init".equals(verb)) {
                err.println("para: db takes init, not '" + verb + "'");
                return ExitCodes.INVALID_INPUT;
            }
            try {
                if (db.startsWith("jdbc:")) {
                    JdbcApplicationStore.migrate(db, role).forEach(line -> out.println(line));
                } else {
                    if (role != null) {
                        err.println("para: --grant-to: roles are for PostgreSQL; an H2 file has one user");
                        return ExitCodes.INVALID_INPUT;
                    }
                    Path created = JdbcApplicationStore.createH2File(Path.of(db));
                    out.println("created the application database " + created + " (empty: no applications, no meetings)");
                }
                return ExitCodes.ASSESSED;
            } catch (StoreException e) {
                err.println("para: " + e.getMessage());
                return ExitCodes.OTHER;
            } finally {
                out.flush();
                err.flush();
            }
        }
    }

    @Command(name = "verify", description = {"Checks every application's history against its hash chain and names each "
        + "event changed, removed, reordered or inserted since PARA recorded it.",
        "Exit status 0 when every history is intact, 1 when any is not."})
    static final class Verify implements Callable<Integer> {
        @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "${env:PARA_DB:-" + WorkflowOptions.DEFAULT_DB + "}",
                description = "the applications database (default: ${DEFAULT-VALUE})")
        String db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                JdbcApplicationStore store = WorkflowOptions.open(db);
                List<Tampering> found = store.verify();
                int events = store.eventCount();
                if (found.isEmpty()) {
                    out.println("every history is intact: " + events + " events of " + store.applicationIds().size()
                            + " applications, each as recorded");
                    return ExitCodes.ASSESSED;
                }
                found.forEach(out::println);
                long applications = found.stream().map(Tampering::applicationId).distinct().count();
                out.println(found.size() + " event(s) of " + applications + " application(s) are not as PARA recorded them; "
                        + "the database was changed outside PARA (see docs/security.md)");
                return ExitCodes.OTHER;
            } catch (StoreException e) {
                err.println("para: " + e.getMessage());
                return ExitCodes.OTHER;
            } finally {
                out.flush();
                err.flush();
            }
        }
    }
}
