package org.mla.para.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the tests, with its two roles: {@code PARA_TEST_POSTGRES_OWNER_URL}
 * (the owner, who runs the migrations) and {@code PARA_TEST_POSTGRES_URL} (the application's
 * role, which may only read and add). {@code .ci/run} starts a local server and sets both (and
 * {@code PARA_REQUIRE_POSTGRES}, so that CI fails rather than skips when the server is missing).
 * Elsewhere, without the variables, these tests are skipped with a message saying how to run them.
 */
final class PostgresDatabase {

    static final String APP_URL = System.getenv("PARA_TEST_POSTGRES_URL");
    static final String OWNER_URL = System.getenv("PARA_TEST_POSTGRES_OWNER_URL");
    private static final java.util.concurrent.atomic.AtomicBoolean SAID_WHY = new java.util.concurrent.atomic.AtomicBoolean();

    /** The URLs of one fresh schema, as the owner and as the application. */
    record Schema(String ownerUrl, String appUrl) {
    }

    private PostgresDatabase() {
    }

    /** Skips (or, under PARA_REQUIRE_POSTGRES, fails) when the server's URLs are not given. */
    static void require() {
        if (APP_URL == null || OWNER_URL == null) {
            assertThat(System.getenv("PARA_REQUIRE_POSTGRES"))
                    .as("PARA_REQUIRE_POSTGRES is set, PARA_TEST_POSTGRES_URL or PARA_TEST_POSTGRES_OWNER_URL is not").isNull();
            if (!SAID_WHY.getAndSet(true)) { // one line in the build's log, rather than silent skips
                System.out.println("PostgreSQL store tests skipped: set PARA_TEST_POSTGRES_URL and PARA_TEST_POSTGRES_OWNER_URL "
                        + "to run them on PostgreSQL (.ci/run sets them up; docs/security.md has the SQL)");
            }
            Assumptions.abort("PostgreSQL store tests need PARA_TEST_POSTGRES_URL (the application's role) and "
                    + "PARA_TEST_POSTGRES_OWNER_URL (the owner), e.g. jdbc:postgresql://localhost:5432/para_test?user=para&password=para "
                    + "and ...?user=para_owner&password=para_owner (.ci/run sets them up; docs/security.md has the SQL)");
        }
    }

    /** A new schema, created and migrated by the owner, with the application's role granted its rights. */
    static Schema freshSchema() throws SQLException {
        require();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(OWNER_URL); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        Schema urls = new Schema(withSchema(OWNER_URL, schema), withSchema(APP_URL, schema));
        JdbcApplicationStore.migrate(urls.ownerUrl(), appRole());
        return urls;
    }

    static String appRole() throws SQLException {
        try (Connection connection = DriverManager.getConnection(APP_URL); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_user")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String withSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
