package org.mla.para.store.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.mla.para.workflow.ApplicationStore;
import org.mla.para.workflow.ApplicationStoreContract;

/** The store contract on an H2 database file, reopened as a second store on the same file. */
class H2FileStoreTests extends ApplicationStoreContract {

    @TempDir
    Path folder;

    @Override
    protected ApplicationStore emptyStore() {
        return JdbcApplicationStore.h2File(folder.resolve("applications"));
    }

    @Override
    protected ApplicationStore reopenedStore() {
        return JdbcApplicationStore.h2File(folder.resolve("applications.mv.db"));
    }

    @org.junit.jupiter.api.Test
    void theDatabaseFileItselfRefusesToRewriteAnImportedCertificate() throws java.sql.SQLException {
        ((JdbcApplicationStore) reopenedStore()).addHistoricalCertificates(java.util.List.of(
                new org.mla.para.workflow.HistoricalCertificate("A-0042", "Ann Lee", 1, 2009, null, "MLA recipients list")));
        String url = JdbcApplicationStore.h2Url(folder.resolve("applications"));
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url);
             java.sql.Statement statement = connection.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> statement.executeUpdate("UPDATE historical_certificates SET cert_level = 3"))
                    .hasMessageContaining("historical_certificates is append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM historical_certificates"))
                    .hasMessageContaining("historical_certificates is append-only");
        }
        org.assertj.core.api.Assertions.assertThat(reopenedStore().historicalCertificates()).hasSize(1);
    }

    @org.junit.jupiter.api.Test
    void theDatabaseFileItselfRefusesToRewriteHistory() throws java.sql.SQLException {
        org.mla.para.workflow.ParaWorkflow.builder().engine(org.mla.para.workflow.WorkflowFixtures.ENGINE)
                .store(reopenedStore()).clock(clock).notifier(new org.mla.para.workflow.RecordingNotifier()).build()
                .register(org.mla.para.workflow.WorkflowFixtures.registration(), "chair");
        String url = JdbcApplicationStore.h2Url(folder.resolve("applications"));
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url);
             java.sql.Statement statement = connection.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> statement.executeUpdate("UPDATE application_events SET to_state = 'CERTIFIED'"))
                    .hasMessageContaining("append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM application_events"))
                    .hasMessageContaining("append-only");
        }
    }
}
