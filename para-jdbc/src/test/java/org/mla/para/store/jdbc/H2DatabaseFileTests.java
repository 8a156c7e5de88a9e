package org.mla.para.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mla.para.workflow.WorkflowFixtures.ENGINE;
import static org.mla.para.workflow.WorkflowFixtures.fee;
import static org.mla.para.workflow.WorkflowFixtures.levelOne;
import static org.mla.para.workflow.WorkflowFixtures.registration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mla.para.workflow.ApplicationEvent;
import org.mla.para.workflow.InMemoryApplicationStore;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.RecordingNotifier;
import org.mla.para.workflow.WorkflowFixtures.TestClock;
import org.mla.para.workflow.WorkflowJson;

/** Which paths are databases: nothing is created by accident, and an older database upgrades with its history intact. */
class H2DatabaseFileTests {

    @TempDir
    Path folder;

    @Test
    void aMissingFolderIsRefusedAndNothingIsCreated() {
        Path db = folder.resolve("missing/dir/apps");
        assertThatThrownBy(() -> JdbcApplicationStore.existingH2File(db))
                .hasMessage("no folder " + folder.resolve("missing/dir") + ": the database " + db + ".mv.db cannot be there");
        assertThat(folder.resolve("missing")).doesNotExist();
        assertThatThrownBy(() -> JdbcApplicationStore.createH2File(db)).hasMessageContaining("create it first");
        assertThat(folder.resolve("missing")).doesNotExist();
    }

    @Test
    void aMissingFileIsRefusedWithHowToCreateOne() throws Exception {
        assertThatThrownBy(() -> JdbcApplicationStore.existingH2File(folder.resolve("apps")))
                .hasMessage("no database " + folder.resolve("apps.mv.db") + ": create one with 'para db init --db "
                        + folder.resolve("apps") + "', or give the right --db");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFolderADeviceAndAFileThatIsNoDatabaseAreRefused() throws Exception {
        assertThatThrownBy(() -> JdbcApplicationStore.existingH2File(folder)).hasMessageContaining("is a folder, not a database file");
        assertThatThrownBy(() -> JdbcApplicationStore.existingH2File(Path.of("/dev/null")))
                .hasMessage("/dev/null is not an H2 database file (their names end in .mv.db)");
        Path text = Files.writeString(folder.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        assertThatThrownBy(() -> JdbcApplicationStore.existingH2File(text)).hasMessageContaining("is not an H2 database file");
        Path fake = Files.writeString(folder.resolve("fake.mv.db"), "not a database");
        assertThatThrownBy(() -> JdbcApplicationStore.existingH2File(fake)).hasMessage(fake + " is not an H2 database file");
        Files.createDirectory(folder.resolve("dir.mv.db"));
        assertThatThrownBy(() -> JdbcApplicationStore.existingH2File(folder.resolve("dir")))
                .hasMessageContaining("is a folder, not a database file");
        assertThat(folder.resolve("passwd.mv.db")).doesNotExist();
        assertThat(Files.readString(fake)).isEqualTo("not a database");
    }

    @Test
    void creatingIsExplicitAndOnlyOnce() {
        Path created = JdbcApplicationStore.createH2File(folder.resolve("apps"));
        assertThat(created).isEqualTo(folder.resolve("apps.mv.db")).isRegularFile();
        assertThatThrownBy(() -> JdbcApplicationStore.createH2File(folder.resolve("apps.mv.db")))
                .hasMessage(created + " exists already: nothing was created");
        assertThat(JdbcApplicationStore.existingH2File(folder.resolve("apps")).applicationIds()).isEmpty();
    }

    @Test
    void aReadOnlyDatabaseCanBeReadButNotWritten() {
        Path db = folder.resolve("apps");
        JdbcApplicationStore.createH2File(db);
        TestClock clock = new TestClock(LocalDate.parse("2026-02-10"));
        ParaWorkflow.builder().engine(ENGINE).store(JdbcApplicationStore.existingH2File(db)).clock(clock)
                .notifier(new RecordingNotifier()).build().register(registration(), "chair");
        JdbcApplicationStore readOnly = JdbcApplicationStore.existingH2File(db, true);
        assertThat(readOnly.readOnly()).isTrue();
        ParaWorkflow reader = ParaWorkflow.builder().engine(ENGINE).store(readOnly).clock(clock).build();
        assertThat(reader.application("PARA-0001").registration().name()).isEqualTo("Jane Doe");
        assertThat(readOnly.verify()).isEmpty();
        assertThatThrownBy(() -> reader.register(registration("A-2002"), "chair")).hasMessageContaining("read-only");
    }

    /** A database made before the hash chain: its events get their hashes on the first opening and verify. */
    @Test
    void aDatabaseOfTheSecondSchemaUpgradesAndItsHistoryStillReads() throws Exception {
        Path db = folder.resolve("old");
        String url = JdbcApplicationStore.h2Url(db);
        Flyway.configure().dataSource(url, null, null).locations("classpath:org/mla/para/store/jdbc/migration/h2")
                .target("2").load().migrate();
        InMemoryApplicationStore memory = new InMemoryApplicationStore();
        TestClock clock = new TestClock(LocalDate.parse("2026-02-10"));
        ParaWorkflow old = ParaWorkflow.builder().engine(ENGINE).store(memory).clock(clock).notifier(new RecordingNotifier()).build();
        String id = old.register(registration(), "chair").id();
        old.submit(id, levelOne(true), fee(old.policy(), LocalDate.parse("2026-02-10")), "chair");
        old.register(registration("A-2002"), "chair");
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO application_events (application_id, "
                     + "sequence_number, action, actor, recorded_at, from_state, to_state, change_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String each : memory.applicationIds()) {
                for (ApplicationEvent event : memory.events(each)) {
                    insert.setString(1, event.applicationId());
                    insert.setInt(2, event.sequence());
                    insert.setString(3, event.action().name());
                    insert.setString(4, event.actor());
                    insert.setObject(5, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
                    insert.setString(6, event.from() == null ? null : event.from().name());
                    insert.setString(7, event.to().name());
                    insert.setString(8, WorkflowJson.writeChange(event.change()));
                    insert.executeUpdate();
                }
            }
        }
        JdbcApplicationStore upgraded = JdbcApplicationStore.existingH2File(db);
        assertThat(upgraded.verify()).isEmpty();
        assertThat(upgraded.eventCount()).isEqualTo(3);
        assertThat(upgraded.events(id)).isEqualTo(memory.events(id));
        ParaWorkflow now = ParaWorkflow.builder().engine(ENGINE).store(upgraded).clock(clock).notifier(new RecordingNotifier()).build();
        assertThat(now.register(registration("A-3003"), "chair").id()).isEqualTo("PARA-0003");
        assertThat(upgraded.verify()).isEmpty();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE application_events SET actor = 'x'"))
                    .hasMessageContaining("append-only");
        }
        assertThat(List.of(upgraded.applicationIds())).isNotEmpty();
    }
}
