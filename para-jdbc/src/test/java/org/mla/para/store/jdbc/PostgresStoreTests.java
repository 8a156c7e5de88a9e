package org.mla.para.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.mla.para.workflow.ApplicationStore;
import org.mla.para.workflow.ApplicationStoreContract;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.RecordingNotifier;
import org.mla.para.workflow.WorkflowFixtures;

/**
 * The store contract on PostgreSQL, each test in a schema of its own, the program connected
 * as the application's role; and what each role may do to the history ({@link PostgresDatabase}).
 */
class PostgresStoreTests extends ApplicationStoreContract {

    private PostgresDatabase.Schema schema;

    @Override
    protected ApplicationStore emptyStore() throws SQLException {
        schema = PostgresDatabase.freshSchema();
        return JdbcApplicationStore.open(schema.appUrl());
    }

    @Override
    protected ApplicationStore reopenedStore() {
        return JdbcApplicationStore.open(schema.appUrl());
    }

    private void registerOne() {
        ParaWorkflow.builder().engine(WorkflowFixtures.ENGINE).store(reopenedStore()).clock(clock)
                .notifier(new RecordingNotifier()).build().register(WorkflowFixtures.registration(), "chair");
    }

    @Test
    void theApplicationsRoleMayOnlyReadAndAddEvents() throws SQLException {
        registerOne();
        try (Connection connection = DriverManager.getConnection(schema.appUrl()); Statement statement = connection.createStatement()) {
            for (String sql : new String[] {"UPDATE application_events SET to_state = 'CERTIFIED'", "DELETE FROM application_events",
                    "TRUNCATE application_events", "DROP TRIGGER application_events_append_only ON application_events",
                    "ALTER TABLE application_events DISABLE TRIGGER ALL", "DROP TABLE application_events",
                    "DELETE FROM flyway_schema_history", "CREATE TABLE intruder (x INTEGER)"}) {
                assertThatThrownBy(() -> statement.executeUpdate(sql)).as(sql)
                        .hasMessageMatching("(?s).*(permission denied|must be owner).*");
            }
        }
        assertThat(reopenedStore().events("PARA-0001")).hasSize(1);
        assertThat(((JdbcApplicationStore) reopenedStore()).verify()).isEmpty();
    }

    @Test
    void theDatabaseItselfRefusesToRewriteHistoryEvenForItsOwner() throws SQLException {
        registerOne();
        try (Connection connection = DriverManager.getConnection(schema.ownerUrl()); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE application_events SET to_state = 'CERTIFIED'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM application_events"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("TRUNCATE application_events"))
                    .hasMessageContaining("append-only");
        }
        assertThat(reopenedStore().events("PARA-0001")).hasSize(1);
    }

    @Test
    void theApplicationsRoleMayMarkItsEmailsAndAddCertificatesButNeverRemoveOrRewriteThem() throws SQLException {
        registerOne(); // queues the registration's e-mail
        JdbcApplicationStore store = (JdbcApplicationStore) reopenedStore();
        java.util.Set<org.mla.para.workflow.OutboxMessage.Status> all =
                java.util.EnumSet.allOf(org.mla.para.workflow.OutboxMessage.Status.class);
        int queued = store.outbox().orElseThrow().messages(all).size();
        assertThat(queued).as("the registration's e-mail").isPositive();
        store.addHistoricalCertificates(java.util.List.of(new org.mla.para.workflow.HistoricalCertificate("A-0042", "Ann Lee", 1,
                2009, null, "MLA recipients list")));
        try (Connection connection = DriverManager.getConnection(schema.appUrl()); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE outbox_messages SET status = 'PENDING'")).as("the sender marks messages")
                    .isEqualTo(queued);
            for (String sql : new String[] {"DELETE FROM outbox_messages", "TRUNCATE outbox_messages",
                    "UPDATE historical_certificates SET cert_level = 3", "DELETE FROM historical_certificates",
                    "TRUNCATE historical_certificates", "DROP TABLE outbox_messages"}) {
                assertThatThrownBy(() -> statement.executeUpdate(sql)).as(sql)
                        .hasMessageMatching("(?s).*(permission denied|must be owner).*");
            }
        }
        try (Connection connection = DriverManager.getConnection(schema.ownerUrl()); Statement statement = connection.createStatement()) {
            for (String sql : new String[] {"UPDATE historical_certificates SET cert_level = 3", "DELETE FROM historical_certificates",
                    "TRUNCATE historical_certificates"}) {
                assertThatThrownBy(() -> statement.executeUpdate(sql)).as(sql).hasMessageContaining("append-only");
            }
        }
        assertThat(reopenedStore().historicalCertificates()).hasSize(1);
        assertThat(reopenedStore().outbox().orElseThrow().messages(all)).hasSize(queued);
    }

    @Test
    void theApplicationsRoleCannotUpgradeTheSchemaAndSaysWhoCan() throws SQLException {
        try (Connection connection = DriverManager.getConnection(schema.ownerUrl()); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM flyway_schema_history WHERE installed_rank = (SELECT MAX(installed_rank) FROM "
                    + "flyway_schema_history)"); // as if this PARA were newer than the schema
        }
        assertThatThrownBy(this::reopenedStore).isInstanceOf(StoreException.class)
                .hasMessageContaining("this role may not change the schema: its owner runs 'para db init'");
    }
}
