package org.mla.para.store.jdbc;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.flywaydb.core.Flyway;
import org.mla.para.workflow.Action;
import org.mla.para.workflow.ApplicationEvent;
import org.mla.para.workflow.ApplicationState;
import org.mla.para.workflow.ApplicationStore;
import org.mla.para.workflow.ConcurrentChangeException;
import org.mla.para.workflow.HistoricalCertificate;
import org.mla.para.workflow.Notification;
import org.mla.para.workflow.Outbox;
import org.mla.para.workflow.WorkflowException;
import org.mla.para.workflow.WorkflowJson;

/**
 * An {@link ApplicationStore} on a relational database: H2 (an embedded file, the default)
 * or PostgreSQL. Opening one brings the schema up to date with Flyway migrations. Each
 * {@link #append} is one transaction that checks the application's last sequence and inserts
 * under a primary key on (application, sequence): of two writers at once one commits, the other
 * gets {@link ConcurrentChangeException}; a process killed at any point leaves the event
 * recorded whole or not at all, with the messages it sends (its {@link Outbox}). Thread-safe; connections are opened per call (pass a pooled
 * {@link DataSource} for a busy host).
 *
 * <pre>{@code
 * ApplicationStore store = JdbcApplicationStore.h2File(Path.of("para-applications"));
 * ApplicationStore store = JdbcApplicationStore.open("jdbc:postgresql://localhost/para?user=para&password=...");
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.2")
public final class JdbcApplicationStore implements ApplicationStore {

    private static final String UNIQUE_VIOLATION = "23505";
    /** Another writer got there first: the key is taken, or its lock was held too long, or the database chose a victim. */
    private static final java.util.Set<String> CONFLICTS = java.util.Set.of(UNIQUE_VIOLATION, "HYT00", "40001", "40P01");

    private final DataSource dataSource;
    private final JdbcOutbox outbox;
    private final boolean readOnly;

    /**
     * A store on {@code dataSource}, migrated to the current schema when it is behind. A role
     * that may not change the schema (PostgreSQL's application role, see {@code docs/security.md})
     * opens a database its owner has brought up to date.
     */
    public JdbcApplicationStore(DataSource dataSource) {
        this(dataSource, false);
    }

    private JdbcApplicationStore(DataSource dataSource, boolean readOnly) {
        this.dataSource = dataSource;
        this.outbox = new JdbcOutbox(dataSource);
        this.readOnly = readOnly;
        Flyway flyway = flyway(dataSource);
        try {
            if (flyway.info().pending().length == 0) {
                return; // up to date: nothing to write, so a read-only file or a role without DDL rights opens it
            }
        } catch (RuntimeException e) {
            throw new StoreException("cannot prepare the database: " + message(e), e);
        }
        if (readOnly) {
            throw new StoreException("the database is read-only and was made by an older PARA: open it once with write "
                    + "access to bring it up to date", null);
        }
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            String why = message(e);
            throw new StoreException("cannot prepare the database: " + why + (why.contains("permission denied")
                    || why.contains("must be owner") ? " (this role may not change the schema: its owner runs "
                    + "'para db init' with the owner's URL; see docs/security.md)" : ""), e);
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:org/mla/para/store/jdbc/migration/" + vendor(dataSource))
                .loggers("slf4j")
                .load();
    }

    /**
     * Brings the database at {@code jdbcUrl} up to the current schema, as its owner, and when
     * {@code appRole} is given (PostgreSQL) grants that role exactly what PARA needs: SELECT and
     * INSERT on the events, SELECT, INSERT and DELETE on the calendar, SELECT, INSERT and UPDATE
     * on the outbox (its sender marks messages; none is deleted), SELECT and INSERT on the
     * imported certificates, SELECT on the schema history. Safe to run again, after every upgrade of PARA.
     *
     * @return what it did, one line per step, for the operator
     */
    public static List<String> migrate(String jdbcUrl, String appRole) {
        UrlDataSource source = new UrlDataSource(jdbcUrl);
        List<String> done = new ArrayList<>();
        Flyway flyway = flyway(source);
        int applied;
        try {
            applied = flyway.migrate().migrationsExecuted;
        } catch (RuntimeException e) {
            throw new StoreException("cannot prepare the database: " + message(e), e);
        }
        done.add(applied == 0 ? "the schema was already up to date" : "applied " + applied + " schema migration(s)");
        if (appRole != null) {
            if (!appRole.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
                throw new StoreException("a role name is letters, digits and _ (was '" + appRole + "')", null);
            }
            if (!vendor(source).equals("postgresql")) {
                throw new StoreException("roles are for PostgreSQL; an H2 file has one user", null);
            }
            try (Connection connection = source.getConnection(); java.sql.Statement statement = connection.createStatement()) {
                String schema = connection.getSchema();
                statement.execute("GRANT USAGE ON SCHEMA \"" + schema + "\" TO " + appRole);
                statement.execute("REVOKE ALL ON application_events, review_board_meetings, outbox_messages, "
                        + "historical_certificates, flyway_schema_history FROM " + appRole);
                statement.execute("GRANT SELECT, INSERT ON application_events TO " + appRole);
                statement.execute("GRANT SELECT, INSERT, DELETE ON review_board_meetings TO " + appRole);
                // The sender claims, marks and retries messages (UPDATE); none is ever deleted.
                statement.execute("GRANT SELECT, INSERT, UPDATE ON outbox_messages TO " + appRole);
                // Imported certificates, like events, are only ever added to.
                statement.execute("GRANT SELECT, INSERT ON historical_certificates TO " + appRole);
                statement.execute("GRANT SELECT ON flyway_schema_history TO " + appRole);
            } catch (SQLException e) {
                throw failed("grant " + appRole + " its rights", e);
            }
            done.add("granted " + appRole + " SELECT and INSERT on application_events, SELECT, INSERT and DELETE on "
                    + "review_board_meetings, SELECT, INSERT and UPDATE on outbox_messages, SELECT and INSERT on "
                    + "historical_certificates, SELECT on flyway_schema_history, in schema " + schemaOf(source));
        }
        return done;
    }

    private static String schemaOf(DataSource source) {
        try (Connection connection = source.getConnection()) {
            return connection.getSchema();
        } catch (SQLException e) {
            throw failed("be reached", e);
        }
    }

    /** The migrations folder for the database behind {@code dataSource}: each dialect has its own. */
    private static String vendor(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw failed("be reached", e);
        }
        if (product.equalsIgnoreCase("H2")) {
            return "h2";
        }
        if (product.equalsIgnoreCase("PostgreSQL")) {
            return "postgresql";
        }
        throw new StoreException("PARA keeps applications in H2 or PostgreSQL, not in " + product, null);
    }

    /** A store on the database at a JDBC URL (credentials in the URL, as the driver takes them). */
    public static JdbcApplicationStore open(String jdbcUrl) {
        return new JdbcApplicationStore(new UrlDataSource(jdbcUrl));
    }

    /**
     * A store in an H2 database file: {@code file} names it without H2's {@code .mv.db}
     * suffix (which is accepted and dropped). The file is created when missing (programs that
     * embed PARA; the command line creates one only when asked, see {@link #existingH2File}).
     * Commits are written to the file before {@link #append} returns.
     */
    public static JdbcApplicationStore h2File(Path file) {
        return open(h2Url(file));
    }

    /**
     * A store in an H2 database file that must exist already: nothing is created. A missing
     * folder or file, a folder, a device and a file that is not an H2 database are refused
     * with a message saying which. A file this process may not write is opened read-only:
     * it can be shown and verified, not changed.
     *
     * @throws StoreException saying what is wrong with {@code file}
     */
    public static JdbcApplicationStore existingH2File(Path file) {
        Path database = H2Files.existingDatabase(file);
        boolean readOnly = !java.nio.file.Files.isWritable(database);
        return existingH2File(database, readOnly);
    }

    /** The same, read-only when {@code readOnly}: every {@link #append} is refused. */
    public static JdbcApplicationStore existingH2File(Path file, boolean readOnly) {
        Path database = H2Files.existingDatabase(file);
        String url = readOnly ? h2ReadOnlyUrl(database) : h2Url(database) + ";IFEXISTS=TRUE";
        return new JdbcApplicationStore(new UrlDataSource(url), readOnly);
    }

    /**
     * Creates a new, empty H2 database file at the current schema: the explicit step that
     * makes a database. Refused when the file exists or its folder does not.
     *
     * @return the file created (with its {@code .mv.db} suffix)
     * @throws StoreException saying what is wrong
     */
    public static Path createH2File(Path file) {
        Path database = H2Files.newDatabase(file);
        new JdbcApplicationStore(new UrlDataSource(h2Url(database)), false);
        return database;
    }

    private static String h2ReadOnlyUrl(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        path = path.substring(0, path.length() - H2Files.SUFFIX.length());
        // No AUTO_SERVER: a read-only file cannot be served to other processes.
        return "jdbc:h2:file:" + path + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
    }

    /** Whether this store was opened read-only. */
    public boolean readOnly() {
        return readOnly;
    }

    /** The JDBC URL of an H2 database file. */
    public static String h2Url(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        if (path.endsWith(".mv.db")) {
            path = path.substring(0, path.length() - ".mv.db".length());
        }
        // WRITE_DELAY=0: a commit is in the file when append returns. AUTO_SERVER: a second
        // process (two operators, say) shares the file through the first instead of failing.
        // DB_CLOSE_DELAY=-1: the first keeps it open (and served) until it exits, rather than
        // closing and reopening it, and handing the serving over, between two statements.
        return "jdbc:h2:file:" + path + ";WRITE_DELAY=0;AUTO_SERVER=TRUE;DB_CLOSE_DELAY=-1";
    }

    @Override
    public void append(ApplicationEvent event) {
        append(event, List.of());
    }

    /** The event and its messages in one transaction: both are recorded, or neither. */
    @Override
    public void append(ApplicationEvent event, List<Notification> messages) {
        refuseWhenReadOnly();
        String sql = "INSERT INTO application_events (application_id, sequence_number, action, actor, recorded_at, "
                + "from_state, to_state, change_json, previous_hash, event_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                String[] last = last(connection, event.applicationId());
                if (Integer.parseInt(last[0]) != event.sequence() - 1) {
                    connection.rollback();
                    throw new ConcurrentChangeException(event.applicationId(), event.sequence());
                }
                String previous = last[1];
                String change = WorkflowJson.writeChange(event.change());
                String from = event.from() == null ? null : event.from().name();
                String hash = EventHash.hash(event.applicationId(), event.sequence(), event.action().name(), event.actor(),
                        event.at(), from, event.to().name(), change, previous);
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    insert.setString(1, event.applicationId());
                    insert.setInt(2, event.sequence());
                    insert.setString(3, event.action().name());
                    insert.setString(4, event.actor());
                    insert.setObject(5, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
                    insert.setString(6, from);
                    insert.setString(7, event.to().name());
                    insert.setString(8, change);
                    insert.setString(9, previous);
                    insert.setString(10, hash);
                    insert.executeUpdate();
                }
                outbox.queue(connection, event, messages);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                if (CONFLICTS.contains(e.getSQLState())) {
                    throw new ConcurrentChangeException(event.applicationId(), event.sequence());
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failed("record an event of application " + event.applicationId(), e);
        }
    }

    /** The application's last sequence number and its event's hash: "0" and the chain's start when it has none. */
    private static String[] last(Connection connection, String applicationId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT sequence_number, event_hash FROM application_events "
                + "WHERE application_id = ? ORDER BY sequence_number DESC LIMIT 1")) {
            query.setString(1, applicationId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new String[] {Integer.toString(rows.getInt(1)), rows.getString(2)}
                        : new String[] {"0", EventHash.START};
            }
        }
    }

    /**
     * The application's events, each checked against the hash chain first: an event changed,
     * removed or reordered since it was recorded is never read as if it were history.
     *
     * @throws IllegalStateException naming the first event at fault ({@link #verify()} names them all)
     */
    @Override
    public List<ApplicationEvent> events(String applicationId) {
        List<EventHash.Row> rows = rows(applicationId);
        List<Tampering> found = check(rows);
        if (!found.isEmpty()) {
            throw new IllegalStateException("event " + found.get(0).sequence() + ": " + found.get(0).message()
                    + (found.size() > 1 ? " (and " + (found.size() - 1) + " more)" : "") + "; 'para verify' lists every one");
        }
        List<ApplicationEvent> events = new ArrayList<>();
        for (EventHash.Row row : rows) {
            Action action = Action.valueOf(row.action());
            events.add(new ApplicationEvent(applicationId, row.sequence(), row.actor(), row.recordedAt(),
                    row.fromState() == null ? null : ApplicationState.valueOf(row.fromState()),
                    ApplicationState.valueOf(row.toState()), WorkflowJson.readChange(action, row.changeJson())));
        }
        return events;
    }

    /**
     * Checks every history against its hash chain.
     *
     * @return every event found changed, removed, reordered or inserted since PARA recorded it; empty when all is intact
     */
    public List<Tampering> verify() {
        List<Tampering> found = new ArrayList<>();
        for (String id : allApplicationIds()) {
            found.addAll(check(rows(id)));
        }
        return found;
    }

    /** How many events the database holds (what {@link #verify()} checked). */
    public int eventCount() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM application_events");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw failed("count the events", e);
        }
    }

    /** Every application id that has an event, registered or not (a history whose first event was removed too). */
    private List<String> allApplicationIds() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT DISTINCT application_id FROM application_events ORDER BY application_id");
             ResultSet rows = query.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw failed("list the applications", e);
        }
    }

    private List<EventHash.Row> rows(String applicationId) {
        String sql = "SELECT sequence_number, action, actor, recorded_at, from_state, to_state, change_json, previous_hash, "
                + "event_hash FROM application_events WHERE application_id = ? ORDER BY sequence_number";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, applicationId);
            List<EventHash.Row> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new EventHash.Row(applicationId, result.getInt(1), result.getString(2), result.getString(3),
                            result.getObject(4, OffsetDateTime.class).toInstant(), result.getString(5), result.getString(6),
                            result.getString(7), result.getString(8), result.getString(9)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failed("read application " + applicationId, e);
        }
    }

    /** What is wrong with one application's stored rows (in sequence order), by its hash chain. */
    static List<Tampering> check(List<EventHash.Row> rows) {
        List<Tampering> found = new ArrayList<>();
        int expected = 1;
        String previousHash = EventHash.START;
        int highest = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).sequence();
        for (EventHash.Row row : rows) {
            String id = row.applicationId();
            String what = "(" + row.action().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")";
            boolean gap = row.sequence() > expected;
            for (int missing = expected; missing < row.sequence(); missing++) {
                found.add(new Tampering(id, missing, Tampering.Kind.REMOVED, "is missing: it was deleted from the history"));
            }
            if (row.eventHash() == null || row.previousHash() == null) {
                found.add(new Tampering(id, row.sequence(), Tampering.Kind.INSERTED, what + " has no hash: it was not "
                        + "recorded by PARA"));
            } else if (!row.expectedHash(row.sequence()).equals(row.eventHash())) {
                Integer recordedAt = null;
                for (int other = 1; other <= highest + 1 && recordedAt == null; other++) {
                    if (other != row.sequence() && row.expectedHash(other).equals(row.eventHash())) {
                        recordedAt = other;
                    }
                }
                found.add(recordedAt == null
                        ? new Tampering(id, row.sequence(), Tampering.Kind.CHANGED, what + " was changed after it was "
                                + "recorded: its content does not match its hash")
                        : new Tampering(id, row.sequence(), Tampering.Kind.REORDERED, what + " was recorded as event "
                                + recordedAt + ": the history was reordered"));
            } else if (!gap && !row.previousHash().equals(previousHash)) {
                found.add(new Tampering(id, row.sequence(), Tampering.Kind.INSERTED, what + " does not follow the event "
                        + "recorded before it: an event before it was replaced"));
            }
            previousHash = row.eventHash();
            expected = row.sequence() + 1;
        }
        return found;
    }

    @Override
    public List<String> applicationIds() {
        String sql = "SELECT application_id FROM application_events WHERE sequence_number = 1 "
                + "ORDER BY recorded_at, LENGTH(application_id), application_id";
        return list(sql, rows -> rows.getString(1), "list the applications");
    }

    @Override
    public void addMeeting(LocalDate date) {
        refuseWhenReadOnly();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO review_board_meetings (meeting_date) VALUES (?)")) {
            insert.setObject(1, date);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw failed("add the meeting of " + date, e);
            }
        }
    }

    @Override
    public boolean removeMeeting(LocalDate date) {
        refuseWhenReadOnly();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM review_board_meetings WHERE meeting_date = ?")) {
            delete.setObject(1, date);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failed("remove the meeting of " + date, e);
        }
    }

    @Override
    public List<LocalDate> meetings() {
        return list("SELECT meeting_date FROM review_board_meetings ORDER BY meeting_date",
                rows -> rows.getObject(1, LocalDate.class), "read the meetings");
    }

    @Override
    public Optional<Outbox> outbox() {
        return Optional.of(outbox);
    }

    @Override
    public List<HistoricalCertificate> historicalCertificates() {
        String sql = "SELECT applicant_id, recipient_name, cert_level, award_year, awarded_on, source "
                + "FROM historical_certificates ORDER BY imported_order";
        return list(sql, rows -> new HistoricalCertificate(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4),
                rows.getObject(5, LocalDate.class), rows.getString(6)), "read the imported certificates");
    }

    /** One value of each row {@code sql} selects, in its order. */
    private <T> List<T> list(String sql, RowReader<T> reader, String what) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(reader.read(rows));
            }
            return values;
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    /** Reads one value from the current row. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    @Override
    public void addHistoricalCertificates(List<HistoricalCertificate> certificates) {
        String sql = "INSERT INTO historical_certificates (applicant_id, recipient_name, cert_level, award_year, awarded_on, "
                + "source) VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (HistoricalCertificate certificate : certificates) {
                    insert.setString(1, certificate.applicantId());
                    insert.setString(2, certificate.name());
                    insert.setInt(3, certificate.level());
                    insert.setInt(4, certificate.year());
                    insert.setObject(5, certificate.awardedOn());
                    insert.setString(6, certificate.source());
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new WorkflowException("nothing imported: a certificate of the same applicant and level is already "
                            + "in the record");
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failed("import the certificates", e);
        }
    }

    private void refuseWhenReadOnly() {
        if (readOnly) {
            throw new StoreException("the database is open read-only (this user may not write its file): nothing can be "
                    + "recorded in it", null);
        }
    }

    static StoreException failed(String what, SQLException e) {
        return new StoreException("the database could not " + what + ": " + message(e), e);
    }

    private static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return text.lines().findFirst().orElse(text);
    }

    /** Connections from {@link DriverManager}, one per call. */
    private record UrlDataSource(String url) implements DataSource {
        /**
         * H2 answers these while another process is opening the same file, before it serves it to
         * others (AUTO_SERVER): worth a short wait, not a failure.
         */
        private static final java.util.Set<Integer> H2_OPENING = java.util.Set.of(8000, 90020);
        private static final int ATTEMPTS = 50;
        private static final long PAUSE_MILLIS = 100;

        @Override
        public Connection getConnection() throws SQLException {
            for (int attempt = 1; ; attempt++) {
                try {
                    return DriverManager.getConnection(url);
                } catch (SQLException e) {
                    if (!H2_OPENING.contains(e.getErrorCode()) || !url.startsWith("jdbc:h2:") || attempt == ATTEMPTS) {
                        throw e;
                    }
                    try {
                        Thread.sleep(PAUSE_MILLIS);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }

        @Override
        public String toString() {
            return "DataSource[" + url.replaceAll("password=[^&;]*", "password=***") + "]";
        }
    }
}
