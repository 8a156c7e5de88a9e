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

    /** A store on {@code dataSource}, migrated to the current schema. */
    public JdbcApplicationStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.outbox = new JdbcOutbox(dataSource);
        String vendor = vendor(dataSource);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:org/mla/para/store/jdbc/migration/" + vendor)
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot prepare the database: " + message(e), e);
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
     * suffix (which is accepted and dropped). The file is created when missing. Commits are
     * written to the file before {@link #append} returns.
     */
    public static JdbcApplicationStore h2File(Path file) {
        return open(h2Url(file));
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
        String sql = "INSERT INTO application_events (application_id, sequence_number, action, actor, recorded_at, "
                + "from_state, to_state, change_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (lastSequence(connection, event.applicationId()) != event.sequence() - 1) {
                    connection.rollback();
                    throw new ConcurrentChangeException(event.applicationId(), event.sequence());
                }
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    insert.setString(1, event.applicationId());
                    insert.setInt(2, event.sequence());
                    insert.setString(3, event.action().name());
                    insert.setString(4, event.actor());
                    insert.setObject(5, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
                    insert.setString(6, event.from() == null ? null : event.from().name());
                    insert.setString(7, event.to().name());
                    insert.setString(8, WorkflowJson.writeChange(event.change()));
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

    private static int lastSequence(Connection connection, String applicationId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COALESCE(MAX(sequence_number), 0) FROM application_events WHERE application_id = ?")) {
            query.setString(1, applicationId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Override
    public List<ApplicationEvent> events(String applicationId) {
        String sql = "SELECT sequence_number, action, actor, recorded_at, from_state, to_state, change_json "
                + "FROM application_events WHERE application_id = ? ORDER BY sequence_number";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, applicationId);
            List<ApplicationEvent> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Action action = Action.valueOf(rows.getString(2));
                    String from = rows.getString(5);
                    events.add(new ApplicationEvent(applicationId, rows.getInt(1), rows.getString(3),
                            rows.getObject(4, OffsetDateTime.class).toInstant(),
                            from == null ? null : ApplicationState.valueOf(from), ApplicationState.valueOf(rows.getString(6)),
                            WorkflowJson.readChange(action, rows.getString(7))));
                }
            }
            return events;
        } catch (SQLException e) {
            throw failed("read application " + applicationId, e);
        }
    }

    @Override
    public List<String> applicationIds() {
        String sql = "SELECT application_id FROM application_events WHERE sequence_number = 1 "
                + "ORDER BY recorded_at, LENGTH(application_id), application_id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql);
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

    @Override
    public void addMeeting(LocalDate date) {
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
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT meeting_date FROM review_board_meetings ORDER BY meeting_date");
             ResultSet rows = query.executeQuery()) {
            List<LocalDate> dates = new ArrayList<>();
            while (rows.next()) {
                dates.add(rows.getObject(1, LocalDate.class));
            }
            return dates;
        } catch (SQLException e) {
            throw failed("read the meetings", e);
        }
    }

    @Override
    public Optional<Outbox> outbox() {
        return Optional.of(outbox);
    }

    @Override
    public List<HistoricalCertificate> historicalCertificates() {
        String sql = "SELECT applicant_id, recipient_name, cert_level, award_year, awarded_on, source "
                + "FROM historical_certificates ORDER BY imported_order";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            List<HistoricalCertificate> certificates = new ArrayList<>();
            while (rows.next()) {
                certificates.add(new HistoricalCertificate(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4),
                        rows.getObject(5, LocalDate.class), rows.getString(6)));
            }
            return certificates;
        } catch (SQLException e) {
            throw failed("read the imported certificates", e);
        }
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
