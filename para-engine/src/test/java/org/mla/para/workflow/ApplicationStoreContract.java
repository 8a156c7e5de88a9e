package org.mla.para.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mla.para.workflow.WorkflowFixtures.ENGINE;
import static org.mla.para.workflow.WorkflowFixtures.fee;
import static org.mla.para.workflow.WorkflowFixtures.levelOne;
import static org.mla.para.workflow.WorkflowFixtures.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mla.para.model.Adjustment;
import org.mla.para.workflow.WorkflowFixtures.TestClock;

/**
 * What every {@link ApplicationStore} must do. Each implementation's tests extend this class
 * and say how to make an empty store and how to open a second one on the same data.
 */
public abstract class ApplicationStoreContract {

    private static final LocalDate SUBMITTED = LocalDate.parse("2026-02-10");
    private static final LocalDate MEETING = LocalDate.parse("2026-03-10");
    private static final int WRITERS = 4;

    protected final TestClock clock = new TestClock(SUBMITTED);
    private ApplicationStore store;

    /** A store with no applications and no meetings. */
    protected abstract ApplicationStore emptyStore() throws Exception;

    /** Another store on the same data as the last {@link #emptyStore()} (a second process, a restart). */
    protected abstract ApplicationStore reopenedStore() throws Exception;

    @BeforeEach
    void empty() throws Exception {
        store = emptyStore();
    }

    private ParaWorkflow workflow(ApplicationStore on) {
        return ParaWorkflow.builder().engine(ENGINE).store(on).clock(clock).notifier(new RecordingNotifier()).build();
    }

    /** Takes an application from registration to certificate, with an adjustment, on {@code workflow}. */
    private Application certify(ParaWorkflow workflow) {
        clock.set(SUBMITTED);
        String id = workflow.register(registration(), "chair").id();
        workflow.submit(id, levelOne(true), fee(workflow.policy(), SUBMITTED), "chair");
        workflow.schedule(id, "chair");
        clock.set(MEETING);
        workflow.openReview(id, "board");
        workflow.decide(id, Outcome.PRELIMINARY_APPROVAL,
                List.of(Adjustment.moveToArea("w1", "GENERAL", "A general session", "R. Okafor")), "Well done.", "board");
        workflow.approve(id, "M. Alvarez", "J. Park", "chair");
        return workflow.issue(id, "chair");
    }

    @Test
    void storesWholeHistoriesThatReadBackEqualAfterAReopen() throws Exception {
        ParaWorkflow workflow = workflow(store);
        workflow.addMeeting(MEETING);
        Application certified = certify(workflow);

        assertThat(store.events(certified.id())).isEqualTo(certified.history());
        ParaWorkflow reopened = workflow(reopenedStore());
        assertThat(reopened.application(certified.id())).isEqualTo(certified);
        assertThat(reopened.application(certified.id()).submission().fee().amount())
                .as("an amount keeps its scale").hasToString(workflow.policy().applicationFee().toString());
        assertThat(reopened.recipients()).containsExactly(new Recipient("Jane Doe", 1, MEETING.getYear()));
    }

    @Test
    void anEventAtATakenOrSkippedSequenceIsAConflictAndIsNotRecorded() {
        ParaWorkflow workflow = workflow(store);
        Application registered = workflow.register(registration(), "chair");
        ApplicationEvent again = new ApplicationEvent(registered.id(), 1, "someone", clock.instant(), null,
                ApplicationState.REGISTERED, new Change.Registered(registration()));
        assertThatThrownBy(() -> store.append(again)).isInstanceOf(ConcurrentChangeException.class);
        ApplicationEvent skipping = new ApplicationEvent(registered.id(), 3, "someone", clock.instant(),
                ApplicationState.REGISTERED, ApplicationState.WITHDRAWN, new Change.Withdrawn(SUBMITTED, "gone"));
        assertThatThrownBy(() -> store.append(skipping)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(store.events(registered.id())).isEqualTo(registered.history());
    }

    @Test
    void applicationsAreListedInRegistrationOrderAndUnknownOnesHaveNoEvents() {
        ParaWorkflow workflow = workflow(store);
        for (int i = 0; i < 3; i++) {
            workflow.register(registration("A-100" + i), "chair");
        }
        assertThat(store.applicationIds()).containsExactly("PARA-0001", "PARA-0002", "PARA-0003");
        assertThat(store.events("PARA-0999")).isEmpty();
        assertThatThrownBy(() -> workflow.application("PARA-0999")).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("no application PARA-0999");
    }

    @Test
    void theCalendarKeepsEachMeetingOnceInDateOrder() throws Exception {
        store.addMeeting(LocalDate.parse("2026-06-09"));
        store.addMeeting(LocalDate.parse("2026-03-10"));
        store.addMeeting(LocalDate.parse("2026-06-09"));
        assertThat(store.removeMeeting(LocalDate.parse("2026-01-01"))).isFalse();
        store.addMeeting(LocalDate.parse("2026-09-08"));
        assertThat(store.removeMeeting(LocalDate.parse("2026-09-08"))).isTrue();
        assertThat(reopenedStore().meetings()).containsExactly(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-06-09"));
    }

    @Test
    void ofWritersActingOnOneApplicationAtOnceOneWinsAndTheOthersGetAConflict() throws Exception {
        workflow(store).addMeeting(MEETING);
        String id = workflow(store).register(registration(), "chair").id();
        workflow(store).submit(id, levelOne(true), fee(workflow(store).policy(), SUBMITTED), "chair");
        // Every writer reads the application before any of them writes: the store's own
        // conflict detection, not luck in timing, must keep all but one out.
        CyclicBarrier allHaveRead = new CyclicBarrier(WRITERS);
        List<Callable<Application>> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            ApplicationStore own = reopenedStore();
            ParaWorkflow workflow = workflow(new BarrierStore(own, allHaveRead));
            String actor = "writer " + i;
            writers.add(i % 2 == 0 ? () -> workflow.schedule(id, actor) : () -> workflow.withdraw(id, "withdrawn", actor));
        }
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Application> won = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        try {
            for (Future<Application> result : pool.invokeAll(writers)) {
                try {
                    won.add(result.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    refused.add(e.getCause());
                }
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(won).hasSize(1);
        assertThat(refused).hasSize(WRITERS - 1).allMatch(ConcurrentChangeException.class::isInstance);
        Application after = workflow(reopenedStore()).application(id);
        assertThat(after.history()).hasSize(3);
        assertThat(after).isEqualTo(won.get(0));
    }

    // --- the outbox and the imported record -------------------------------------------------

    private Outbox outbox(ApplicationStore on) {
        return on.outbox().orElseThrow(() -> new AssertionError("the store keeps no outbox"));
    }

    @Test
    void anEventsMessagesAreQueuedWithItAndAConflictQueuesNone() throws Exception {
        ParaWorkflow workflow = workflow(store);
        Application registered = workflow.register(registration(), "chair");
        List<OutboxMessage> pending = outbox(reopenedStore()).messages(java.util.EnumSet.of(OutboxMessage.Status.PENDING));
        assertThat(pending).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Notification.Kind.REGISTRATION);
            assertThat(m.applicationId()).isEqualTo(registered.id());
            assertThat(m.to()).isEqualTo("jane.doe@example.org");
            assertThat(m.subject()).isEqualTo("PARA: your registration for Level 1");
            assertThat(m.text()).contains("Dear Jane Doe", registered.id());
            assertThat(m.messageId()).matches("<[^<>@ ]+@[^<>@ ]+>");
            assertThat(m.attempts()).isZero();
        });
        ApplicationEvent conflicting = new ApplicationEvent(registered.id(), 1, "someone", clock.instant(), null,
                ApplicationState.REGISTERED, new Change.Registered(registration()));
        Notification message = new Notification(Notification.Kind.REGISTRATION, registered.id(), "x@example.org", "X", "s", "t");
        assertThatThrownBy(() -> store.append(conflicting, List.of(message))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(outbox(reopenedStore()).messages(java.util.EnumSet.allOf(OutboxMessage.Status.class))).hasSize(1);
    }

    @Test
    void aClaimedMessageIsHeldByOneSenderAndEndsSentRetriedFailedOrUnknown() throws Exception {
        ParaWorkflow workflow = workflow(store);
        for (int i = 0; i < 4; i++) {
            workflow.register(registration("A-200" + i), "chair");
        }
        Outbox outbox = outbox(store);
        java.time.Instant now = clock.instant().plusSeconds(1);
        java.time.Instant lease = now.plusSeconds(60);
        List<OutboxMessage> claimed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            claimed.add(outbox.claim(now, lease).orElseThrow());
        }
        assertThat(outbox(reopenedStore()).claim(now, lease)).as("every message is held").isEmpty();
        assertThat(claimed).extracting(OutboxMessage::status).containsOnly(OutboxMessage.Status.SENDING);
        assertThat(claimed).extracting(OutboxMessage::attempts).containsOnly(1);
        assertThat(claimed).extracting(OutboxMessage::messageId).doesNotHaveDuplicates();

        assertThat(outbox.markSent(claimed.get(0).id(), now)).isTrue();
        assertThat(outbox.markSent(claimed.get(0).id(), now)).as("only a held message is marked").isFalse();
        assertThat(outbox.markRetry(claimed.get(1).id(), now.plusSeconds(300), "connection refused")).isTrue();
        assertThat(outbox.markFailed(claimed.get(2).id(), "550 no such user")).isTrue();
        assertThat(outbox.claim(now.plusSeconds(299), lease)).as("not before its next attempt").isEmpty();
        assertThat(outbox.expireLeases(lease.plusSeconds(1))).as("the fourth sender never came back").isEqualTo(1);

        Outbox reopened = outbox(reopenedStore());
        assertThat(reopened.messages(java.util.EnumSet.of(OutboxMessage.Status.SENT))).extracting(OutboxMessage::id)
                .containsExactly(claimed.get(0).id());
        assertThat(reopened.messages(java.util.EnumSet.of(OutboxMessage.Status.SENT)).get(0).sentAt()).isEqualTo(now);
        assertThat(reopened.messages(java.util.EnumSet.of(OutboxMessage.Status.FAILED))).singleElement()
                .satisfies(m -> assertThat(m.lastError()).isEqualTo("550 no such user"));
        OutboxMessage unknown = reopened.messages(java.util.EnumSet.of(OutboxMessage.Status.UNKNOWN)).get(0);
        assertThat(unknown.id()).isEqualTo(claimed.get(3).id());
        OutboxMessage retried = reopened.claim(now.plusSeconds(300), lease.plusSeconds(300)).orElseThrow();
        assertThat(retried.id()).isEqualTo(claimed.get(1).id());
        assertThat(retried.attempts()).isEqualTo(2);
        assertThat(reopened.requeue(unknown.id(), now)).isTrue();
        assertThat(reopened.requeue(claimed.get(0).id(), now)).as("a sent message is not sent again").isFalse();
        assertThat(reopened.claim(now.plusSeconds(300), lease).orElseThrow().messageId())
                .as("sent again under the same Message-ID").isEqualTo(unknown.messageId());
    }

    @Test
    void importedCertificatesReadBackAndAnImportThatClashesAddsNothing() throws Exception {
        HistoricalCertificate ann = new HistoricalCertificate("A-2002", "Ann Lee", 1, 2009, null, "MLA list 2012");
        HistoricalCertificate bo = new HistoricalCertificate("A-2003", "Bo Chan", 2, 2011, LocalDate.parse("2011-05-04"),
                "MLA list 2012");
        store.addHistoricalCertificates(List.of(ann, bo));
        assertThat(reopenedStore().historicalCertificates()).containsExactly(ann, bo);
        HistoricalCertificate cy = new HistoricalCertificate("A-2004", "Cy Diaz", 1, 2010, null, "MLA list 2012");
        HistoricalCertificate annAgain = new HistoricalCertificate("A-2002", "Ann Lee", 1, 2010, null, "other list");
        assertThatThrownBy(() -> store.addHistoricalCertificates(List.of(cy, annAgain))).isInstanceOf(RuntimeException.class);
        assertThat(reopenedStore().historicalCertificates()).containsExactly(ann, bo);
    }

    /** A store whose writers wait for each other before appending. */
    private record BarrierStore(ApplicationStore store, CyclicBarrier barrier) implements ApplicationStore {
        @Override
        public void append(ApplicationEvent event) {
            try {
                barrier.await(1, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException("the writers did not meet", e);
            }
            store.append(event);
        }

        @Override
        public List<ApplicationEvent> events(String applicationId) {
            return store.events(applicationId);
        }

        @Override
        public List<String> applicationIds() {
            return store.applicationIds();
        }

        @Override
        public void addMeeting(LocalDate date) {
            store.addMeeting(date);
        }

        @Override
        public boolean removeMeeting(LocalDate date) {
            return store.removeMeeting(date);
        }

        @Override
        public List<LocalDate> meetings() {
            return store.meetings();
        }
    }
}
