package org.mla.para.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.workflow.WorkflowFixtures.ENGINE;
import static org.mla.para.workflow.WorkflowFixtures.fee;
import static org.mla.para.workflow.WorkflowFixtures.levelOne;
import static org.mla.para.workflow.WorkflowFixtures.registration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.RecordingNotifier;
import org.mla.para.workflow.WorkflowFixtures.TestClock;

/**
 * Someone with full access to the database changes, deletes or reorders stored events, with
 * the append-only triggers dropped first: {@code verify} names each event at fault, and the
 * workflow's lists name the application and go on with the others.
 */
abstract class TamperEvidenceContract {

    private final TestClock clock = new TestClock(LocalDate.parse("2026-02-10"));
    protected JdbcApplicationStore store;
    private ParaWorkflow workflow;

    /** A store on an empty database. */
    protected abstract JdbcApplicationStore emptyStore() throws Exception;

    /** A connection that may do anything to the store's tables (the owner's, the file holder's). */
    protected abstract Connection ownerConnection() throws SQLException;

    /** Drops the triggers that keep events append-only. */
    protected abstract void dropTriggers(Statement statement) throws SQLException;

    @BeforeEach
    void twoApplications() throws Exception {
        store = emptyStore();
        workflow = ParaWorkflow.builder().engine(ENGINE).store(store).clock(clock).notifier(new RecordingNotifier()).build();
        workflow.addMeeting(LocalDate.parse("2026-03-10"));
        String jane = workflow.register(registration(), "chair").id();
        workflow.submit(jane, levelOne(true), fee(workflow.policy(), LocalDate.parse("2026-02-10")), "chair");
        workflow.schedule(jane, "chair");
        workflow.register(registration("A-2002"), "chair"); // one open application per applicant and level
        assertThat(store.verify()).isEmpty();
    }

    private void tamper(String sql) throws SQLException {
        try (Connection connection = ownerConnection(); Statement statement = connection.createStatement()) {
            dropTriggers(statement);
            assertThat(statement.executeUpdate(sql)).isPositive();
        }
    }

    @Test
    void anIntactDatabaseVerifies() {
        assertThat(store.verify()).isEmpty();
        assertThat(store.eventCount()).isEqualTo(4);
    }

    @Test
    void aChangedEventIsNamedAndTheOtherApplicationsStillList() throws SQLException {
        tamper("UPDATE application_events SET actor = 'someone else' WHERE application_id = 'PARA-0001' AND sequence_number = 2");
        assertThat(store.verify()).extracting(Object::toString).containsExactly(
                "PARA-0001 event 2: (submit) was changed after it was recorded: its content does not match its hash");
        ParaWorkflow.Listing listing = workflow.listing();
        assertThat(listing.applications()).extracting(a -> a.id()).containsExactly("PARA-0002");
        assertThat(listing.unreadable()).singleElement().satisfies(e -> {
            assertThat(e.applicationId()).isEqualTo("PARA-0001");
            assertThat(e.getMessage()).contains("event 2: (submit) was changed after it was recorded", "para verify");
        });
    }

    @Test
    void aChangedStateIsNamed() throws SQLException {
        tamper("UPDATE application_events SET to_state = 'CERTIFIED' WHERE application_id = 'PARA-0001' AND sequence_number = 3");
        assertThat(store.verify()).extracting(Tampering::kind, Tampering::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Tampering.Kind.CHANGED, 3));
    }

    @Test
    void aDeletedEventIsNamed() throws SQLException {
        tamper("DELETE FROM application_events WHERE application_id = 'PARA-0001' AND sequence_number = 2");
        assertThat(store.verify()).extracting(Object::toString)
                .containsExactly("PARA-0001 event 2: is missing: it was deleted from the history");
    }

    @Test
    void twoReorderedEventsAreNamed() throws SQLException {
        tamper("UPDATE application_events SET sequence_number = -sequence_number "
                + "WHERE application_id = 'PARA-0001' AND sequence_number IN (2, 3)");
        tamper("UPDATE application_events SET sequence_number = CASE sequence_number WHEN -2 THEN 3 ELSE 2 END "
                + "WHERE application_id = 'PARA-0001' AND sequence_number IN (-2, -3)");
        assertThat(store.verify()).extracting(Object::toString).containsExactly(
                "PARA-0001 event 2: (schedule) was recorded as event 3: the history was reordered",
                "PARA-0001 event 3: (submit) was recorded as event 2: the history was reordered");
    }

    @Test
    void anEventInsertedWithoutPara() throws SQLException {
        tamper("INSERT INTO application_events (application_id, sequence_number, action, actor, recorded_at, from_state, "
                + "to_state, change_json, previous_hash, event_hash) SELECT application_id, 4, 'WITHDRAW', 'x', recorded_at, "
                + "'SCHEDULED', 'WITHDRAWN', '{\"withdrawnOn\":\"2026-02-10\",\"reason\":\"x\"}', previous_hash, event_hash "
                + "FROM application_events WHERE application_id = 'PARA-0001' AND sequence_number = 3");
        assertThat(store.verify()).extracting(Tampering::kind, Tampering::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Tampering.Kind.CHANGED, 4));
    }
}
