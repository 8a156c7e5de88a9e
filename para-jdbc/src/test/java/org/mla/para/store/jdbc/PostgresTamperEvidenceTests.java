package org.mla.para.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Tampering with the PostgreSQL database as its owner, triggers dropped: detected by the hash chain. */
class PostgresTamperEvidenceTests extends TamperEvidenceContract {

    private PostgresDatabase.Schema schema;

    @Override
    protected JdbcApplicationStore emptyStore() throws SQLException {
        schema = PostgresDatabase.freshSchema();
        return JdbcApplicationStore.open(schema.appUrl());
    }

    @Override
    protected Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(schema.ownerUrl());
    }

    @Override
    protected void dropTriggers(Statement statement) throws SQLException {
        statement.execute("DROP TRIGGER IF EXISTS application_events_append_only ON application_events");
        statement.execute("DROP TRIGGER IF EXISTS application_events_no_truncate ON application_events");
    }
}
