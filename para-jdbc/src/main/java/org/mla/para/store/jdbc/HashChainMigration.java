package org.mla.para.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Schema version 3 on both databases: the hash chain over events recorded before it. Existing
 * rows get their hashes in history order, exactly as {@link JdbcApplicationStore#append} would
 * have computed them, so a database made by an older PARA verifies like a new one (and what
 * was changed in it before the upgrade cannot be told: the chain starts at the upgrade).
 * The append-only trigger is lifted for these updates only, inside the migration.
 */
@API(status = API.Status.INTERNAL, since = "0.3")
public final class HashChainMigration {

    private HashChainMigration() {
    }

    /** Runs the migration on {@code connection}, for {@code vendor} "h2" or "postgresql". */
    public static void migrate(Connection connection, String vendor) throws SQLException {
        boolean h2 = vendor.equals("h2");
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE application_events ADD COLUMN previous_hash VARCHAR(64)");
            statement.execute("ALTER TABLE application_events ADD COLUMN event_hash VARCHAR(64)");
            statement.execute(h2 ? "DROP TRIGGER application_events_no_update"
                    : "ALTER TABLE application_events DISABLE TRIGGER application_events_append_only");
            backfill(connection);
            statement.execute(h2 ? "CREATE TRIGGER application_events_no_update BEFORE UPDATE ON application_events "
                    + "FOR EACH ROW CALL 'org.mla.para.store.jdbc.AppendOnlyTrigger'"
                    : "ALTER TABLE application_events ENABLE TRIGGER application_events_append_only");
            statement.execute("ALTER TABLE application_events ALTER COLUMN previous_hash SET NOT NULL");
            statement.execute("ALTER TABLE application_events ALTER COLUMN event_hash SET NOT NULL");
            if (!h2) {
                // Row triggers do not see TRUNCATE: a statement trigger refuses it.
                statement.execute("CREATE TRIGGER application_events_no_truncate BEFORE TRUNCATE ON application_events "
                        + "FOR EACH STATEMENT EXECUTE FUNCTION application_events_are_append_only()");
                statement.execute("REVOKE ALL ON application_events, review_board_meetings FROM PUBLIC");
            }
        }
    }

    private static void backfill(Connection connection) throws SQLException {
        List<Object[]> updates = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT application_id, sequence_number, action, actor, "
                + "recorded_at, from_state, to_state, change_json FROM application_events "
                + "ORDER BY application_id, sequence_number");
             ResultSet rows = query.executeQuery()) {
            String application = null;
            String previous = EventHash.START;
            while (rows.next()) {
                String id = rows.getString(1);
                if (!id.equals(application)) {
                    application = id;
                    previous = EventHash.START;
                }
                int sequence = rows.getInt(2);
                String hash = EventHash.hash(id, sequence, rows.getString(3), rows.getString(4),
                        rows.getObject(5, OffsetDateTime.class).toInstant(), rows.getString(6), rows.getString(7),
                        rows.getString(8), previous);
                updates.add(new Object[] {previous, hash, id, sequence});
                previous = hash;
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE application_events SET previous_hash = ?, event_hash = ? WHERE application_id = ? AND sequence_number = ?")) {
            for (Object[] values : updates) {
                update.setString(1, (String) values[0]);
                update.setString(2, (String) values[1]);
                update.setString(3, (String) values[2]);
                update.setInt(4, (Integer) values[3]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
