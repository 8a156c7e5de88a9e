package org.mla.para.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

/** Tampering with an H2 file, as anyone holding the file can: detected by the hash chain. */
class H2TamperEvidenceTests extends TamperEvidenceContract {

    @TempDir
    Path folder;

    @Override
    protected JdbcApplicationStore emptyStore() {
        JdbcApplicationStore.createH2File(folder.resolve("applications"));
        return JdbcApplicationStore.existingH2File(folder.resolve("applications"));
    }

    @Override
    protected Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(JdbcApplicationStore.h2Url(folder.resolve("applications")));
    }

    @Override
    protected void dropTriggers(Statement statement) throws SQLException {
        statement.execute("DROP TRIGGER IF EXISTS application_events_no_update");
        statement.execute("DROP TRIGGER IF EXISTS application_events_no_delete");
    }
}
