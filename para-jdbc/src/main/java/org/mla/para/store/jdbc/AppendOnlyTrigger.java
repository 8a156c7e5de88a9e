package org.mla.para.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.apiguardian.api.API;
import org.h2.api.Trigger;

/**
 * H2's side of "history is append-only": the migration installs it on {@code application_events}
 * for UPDATE and DELETE, so no client of the database file can rewrite an event. (PostgreSQL
 * has the same as a PL/pgSQL trigger.)
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("application_events is append-only: record a new event instead", "45000");
    }
}
