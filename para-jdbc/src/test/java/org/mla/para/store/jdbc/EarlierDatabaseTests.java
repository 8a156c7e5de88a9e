package org.mla.para.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mla.para.workflow.ApplicationState;
import org.mla.para.workflow.Change;
import org.mla.para.workflow.OutboxMessage;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.WorkflowFixtures;

/** A database made by an earlier PARA (before the outbox) opens, keeps its applications, and gains the outbox. */
class EarlierDatabaseTests {

    @TempDir
    Path folder;

    @Test
    void aDatabaseOfTheFirstSchemaIsMigratedAndKeepsItsApplications() {
        Path file = folder.resolve("earlier");
        String url = JdbcApplicationStore.h2Url(file);
        Flyway.configure().dataSource(url, null, null).locations("classpath:org/mla/para/store/jdbc/migration/h2")
                .target("2").loggers("slf4j").load().migrate();
        WorkflowFixtures.TestClock clock = new WorkflowFixtures.TestClock(WorkflowFixtures.REGISTERED);
        // The earlier PARA's write, straight into the schema it knew.
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url);
             java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO application_events (application_id, "
                     + "sequence_number, action, actor, recorded_at, from_state, to_state, change_json) "
                     + "VALUES ('PARA-0001', 1, 'REGISTER', 'chair', ?, NULL, 'REGISTERED', ?)")) {
            insert.setObject(1, java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
            insert.setString(2, org.mla.para.workflow.WorkflowJson.writeChange(new Change.Registered(WorkflowFixtures.registration())));
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        JdbcApplicationStore store = JdbcApplicationStore.h2File(file); // opening migrates: the outbox appears

        ParaWorkflow workflow = ParaWorkflow.builder().engine(WorkflowFixtures.ENGINE).store(store).clock(clock).build();
        assertThat(workflow.application("PARA-0001").state()).isEqualTo(ApplicationState.REGISTERED);
        assertThat(store.outbox().orElseThrow().messages(EnumSet.allOf(OutboxMessage.Status.class))).isEmpty();
        workflow.withdraw("PARA-0001", "moved away", "chair");
        assertThat(store.outbox().orElseThrow().messages(EnumSet.of(OutboxMessage.Status.PENDING))).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("PARA: your Level 1 application is withdrawn"));
    }
}
