package org.mla.para.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.apiguardian.api.API;
import org.h2.api.Trigger;

/**
 * H2's side of "history is append-only": the migrations install it on {@code application_events}
 * and {@code historical_certificates} for UPDATE and DELETE, so no client of the database file
 * can rewrite an event or an imported certificate. (PostgreSQL has the same as PL/pgSQL triggers.)
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class AppendOnlyTrigger implements Trigger {

    private String table = "APPLICATION_EVENTS";

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (table.equalsIgnoreCase("HISTORICAL_CERTIFICATES")) {
            throw new SQLException("historical_certificates is append-only: import the missing certificates instead", "45000");
        }
        throw new SQLException("application_events is append-only: record a new event instead", "45000");
    }
}
