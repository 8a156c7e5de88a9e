package org.mla.para.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mla.para.workflow.ApplicationStore;
import org.mla.para.workflow.ApplicationStoreContract;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.RecordingNotifier;
import org.mla.para.workflow.WorkflowFixtures;

/**
 * The store contract on PostgreSQL, each test in a schema of its own. {@code .ci/run} starts
 * a local server and sets {@code PARA_TEST_POSTGRES_URL} (and {@code PARA_REQUIRE_POSTGRES},
 * so that CI fails rather than skips when the server is missing). Elsewhere, without the
 * variable, these tests are skipped with a message saying how to run them.
 */
class PostgresStoreTests extends ApplicationStoreContract {

    private static final String URL = System.getenv("PARA_TEST_POSTGRES_URL");
    private String schemaUrl;

    /** One line in the build's log, rather than six silent skips. */
    @BeforeAll
    static void sayHowToRunThemWhenSkipped() {
        if (URL == null && System.getenv("PARA_REQUIRE_POSTGRES") == null) {
            System.out.println("PostgresStoreTests skipped: set PARA_TEST_POSTGRES_URL (e.g. "
                    + "jdbc:postgresql://localhost:5432/para_test?user=para&password=para) to run them on PostgreSQL");
        }
    }

    @Override
    protected ApplicationStore emptyStore() throws SQLException {
        if (URL == null) {
            assertThat(System.getenv("PARA_REQUIRE_POSTGRES")).as("PARA_REQUIRE_POSTGRES is set, PARA_TEST_POSTGRES_URL is not").isNull();
            Assumptions.abort("PostgreSQL store tests need PARA_TEST_POSTGRES_URL, e.g. "
                    + "jdbc:postgresql://localhost:5432/para_test?user=para&password=para (.ci/run sets it up)");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(URL); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        schemaUrl = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return JdbcApplicationStore.open(schemaUrl);
    }

    @Override
    protected ApplicationStore reopenedStore() {
        return JdbcApplicationStore.open(schemaUrl);
    }

    @Test
    void theDatabaseItselfRefusesToRewriteHistory() throws SQLException {
        ParaWorkflow.builder().engine(WorkflowFixtures.ENGINE).store(reopenedStore()).clock(clock)
                .notifier(new RecordingNotifier()).build().register(WorkflowFixtures.registration(), "chair");
        try (Connection connection = DriverManager.getConnection(schemaUrl); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE application_events SET to_state = 'CERTIFIED'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM application_events"))
                    .hasMessageContaining("append-only");
        }
    }
}
