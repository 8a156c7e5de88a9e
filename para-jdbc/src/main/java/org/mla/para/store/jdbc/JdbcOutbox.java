package org.mla.para.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.mla.para.workflow.ApplicationEvent;
import org.mla.para.workflow.Notification;
import org.mla.para.workflow.Outbox;
import org.mla.para.workflow.OutboxMessage;

/**
 * The outbox in the {@code outbox_messages} table. Every change of a message's status is one
 * conditional {@code UPDATE} (... {@code WHERE status = 'SENDING'}): of two senders, one wins.
 */
final class JdbcOutbox implements Outbox {

    private static final String COLUMNS = "id, message_id, application_id, kind, recipient_address, recipient_name, subject, "
            + "body, queued_at, status, attempts, next_attempt_at, lease_until, last_error, sent_at";
    private static final int ERROR_LENGTH = 2000;

    private final DataSource dataSource;

    JdbcOutbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Queues {@code messages} on {@code connection}, in the transaction of {@code event}. */
    void queue(Connection connection, ApplicationEvent event, List<Notification> messages) throws SQLException {
        if (messages.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO outbox_messages (message_id, application_id, kind, recipient_address, recipient_name, "
                + "subject, body, queued_at, status, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Notification message : messages) {
                insert.setString(1, "<" + UUID.randomUUID() + "@para.outbox>");
                insert.setString(2, message.applicationId());
                insert.setString(3, message.kind().name());
                insert.setString(4, message.to());
                insert.setString(5, message.name());
                insert.setString(6, message.subject());
                insert.setString(7, message.text());
                insert.setObject(8, time(event.at()));
                insert.setObject(9, time(event.at()));
                insert.executeUpdate();
            }
        }
    }

    @Override
    public List<OutboxMessage> messages(Set<OutboxMessage.Status> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        String in = statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        String sql = "SELECT " + COLUMNS + " FROM outbox_messages WHERE status IN (" + in + ") ORDER BY id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            List<OutboxMessage> messages = new ArrayList<>();
            while (rows.next()) {
                messages.add(message(rows));
            }
            return messages;
        } catch (SQLException e) {
            throw JdbcApplicationStore.failed("read the outbox", e);
        }
    }

    @Override
    public Optional<OutboxMessage> claim(Instant now, Instant leaseUntil) {
        String next = "SELECT id FROM outbox_messages WHERE status = 'PENDING' AND next_attempt_at <= ? "
                + "ORDER BY next_attempt_at, id";
        String take = "UPDATE outbox_messages SET status = 'SENDING', attempts = attempts + 1, lease_until = ? "
                + "WHERE id = ? AND status = 'PENDING'";
        try (Connection connection = dataSource.getConnection()) {
            while (true) {
                Long id = null;
                try (PreparedStatement query = connection.prepareStatement(next)) {
                    query.setObject(1, time(now));
                    query.setMaxRows(1);
                    try (ResultSet rows = query.executeQuery()) {
                        if (rows.next()) {
                            id = rows.getLong(1);
                        }
                    }
                }
                if (id == null) {
                    return Optional.empty();
                }
                try (PreparedStatement update = connection.prepareStatement(take)) {
                    update.setObject(1, time(leaseUntil));
                    update.setLong(2, id);
                    if (update.executeUpdate() == 1) {
                        return Optional.of(read(connection, id));
                    }
                }
                // another sender took it between the two statements: look for the next one
            }
        } catch (SQLException e) {
            throw JdbcApplicationStore.failed("take up a message of the outbox", e);
        }
    }

    @Override
    public boolean markSent(long id, Instant at) {
        // A sender whose lease ran out still knows best that the server accepted the message.
        return update("UPDATE outbox_messages SET status = 'SENT', sent_at = ?, lease_until = NULL, last_error = NULL "
                + "WHERE id = ? AND status IN ('SENDING', 'UNKNOWN')", time(at), id);
    }

    @Override
    public boolean markRetry(long id, Instant nextAttemptAt, String error) {
        return update("UPDATE outbox_messages SET status = 'PENDING', next_attempt_at = ?, lease_until = NULL, last_error = ? "
                + "WHERE id = ? AND status = 'SENDING'", time(nextAttemptAt), shortened(error), id);
    }

    @Override
    public boolean markFailed(long id, String error) {
        return update("UPDATE outbox_messages SET status = 'FAILED', lease_until = NULL, last_error = ? "
                + "WHERE id = ? AND status = 'SENDING'", shortened(error), id);
    }

    @Override
    public boolean markUnknown(long id, String error) {
        return update("UPDATE outbox_messages SET status = 'UNKNOWN', lease_until = NULL, last_error = ? "
                + "WHERE id = ? AND status = 'SENDING'", shortened(error), id);
    }

    @Override
    public int expireLeases(Instant now) {
        String sql = "UPDATE outbox_messages SET status = 'UNKNOWN', lease_until = NULL, "
                + "last_error = 'the sender stopped while sending it' WHERE status = 'SENDING' AND lease_until < ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, time(now));
            return update.executeUpdate();
        } catch (SQLException e) {
            throw JdbcApplicationStore.failed("update the outbox", e);
        }
    }

    @Override
    public boolean requeue(long id, Instant now) {
        return update("UPDATE outbox_messages SET status = 'PENDING', next_attempt_at = ? "
                + "WHERE id = ? AND status IN ('FAILED', 'UNKNOWN')", time(now), id);
    }

    private boolean update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw JdbcApplicationStore.failed("update the outbox", e);
        }
    }

    private static OutboxMessage read(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM outbox_messages WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return message(rows);
            }
        }
    }

    private static OutboxMessage message(ResultSet rows) throws SQLException {
        return new OutboxMessage(rows.getLong(1), rows.getString(2), rows.getString(3), Notification.Kind.valueOf(rows.getString(4)),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), instant(rows, 9),
                OutboxMessage.Status.valueOf(rows.getString(10)), rows.getInt(11), instant(rows, 12), instant(rows, 13),
                rows.getString(14), instant(rows, 15));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String shortened(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }
}
