package org.mla.para.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * An {@link ApplicationStore} in memory, with its outbox and imported certificates: for tests,
 * trials and hosts that keep their own records.
 */
@API(status = API.Status.STABLE, since = "0.2")
public final class InMemoryApplicationStore implements ApplicationStore {

    private final Map<String, List<ApplicationEvent>> histories = new LinkedHashMap<>();
    private final TreeSet<LocalDate> meetings = new TreeSet<>();
    private final Map<Long, OutboxMessage> outbox = new LinkedHashMap<>();
    private final List<HistoricalCertificate> historical = new ArrayList<>();
    private final InMemoryOutbox outboxView = new InMemoryOutbox();

    @Override
    public synchronized void append(ApplicationEvent event) {
        append(event, List.of());
    }

    @Override
    public synchronized void append(ApplicationEvent event, List<Notification> messages) {
        List<ApplicationEvent> history = histories.getOrDefault(event.applicationId(), List.of());
        if (event.sequence() != history.size() + 1) {
            throw new ConcurrentChangeException(event.applicationId(), event.sequence());
        }
        histories.computeIfAbsent(event.applicationId(), id -> new ArrayList<>()).add(event);
        for (Notification message : messages) {
            long id = outbox.size() + 1L;
            outbox.put(id, new OutboxMessage(id, "<" + UUID.randomUUID() + "@para.outbox>", message.applicationId(),
                    message.kind(), message.to(), message.name(), message.subject(), message.text(), event.at(),
                    OutboxMessage.Status.PENDING, 0, event.at(), null, null, null));
        }
    }

    @Override
    public synchronized List<ApplicationEvent> events(String applicationId) {
        return List.copyOf(histories.getOrDefault(applicationId, List.of()));
    }

    @Override
    public synchronized List<String> applicationIds() {
        return List.copyOf(histories.keySet());
    }

    @Override
    public synchronized void addMeeting(LocalDate date) {
        meetings.add(date);
    }

    @Override
    public synchronized boolean removeMeeting(LocalDate date) {
        return meetings.remove(date);
    }

    @Override
    public synchronized List<LocalDate> meetings() {
        return List.copyOf(meetings);
    }

    @Override
    public Optional<Outbox> outbox() {
        return Optional.of(outboxView);
    }

    @Override
    public synchronized List<HistoricalCertificate> historicalCertificates() {
        return List.copyOf(historical);
    }

    @Override
    public synchronized void addHistoricalCertificates(List<HistoricalCertificate> certificates) {
        for (int i = 0; i < certificates.size(); i++) {
            HistoricalCertificate added = certificates.get(i);
            boolean taken = historical.stream().anyMatch(c -> c.applicantId().equals(added.applicantId())
                    && c.level() == added.level())
                    || certificates.subList(0, i).stream().anyMatch(c -> c.applicantId().equals(added.applicantId())
                    && c.level() == added.level());
            if (taken) {
                throw new WorkflowException("Level " + added.level() + " of applicant " + added.applicantId()
                        + " is already in the record");
            }
        }
        historical.addAll(certificates);
    }

    /** The outbox, guarded by the store's lock. */
    private final class InMemoryOutbox implements Outbox {

        @Override
        public List<OutboxMessage> messages(Set<OutboxMessage.Status> statuses) {
            synchronized (InMemoryApplicationStore.this) {
                return outbox.values().stream().filter(m -> statuses.contains(m.status())).toList();
            }
        }

        @Override
        public Optional<OutboxMessage> claim(Instant now, Instant leaseUntil) {
            synchronized (InMemoryApplicationStore.this) {
                Optional<OutboxMessage> due = outbox.values().stream()
                        .filter(m -> m.status() == OutboxMessage.Status.PENDING && !m.nextAttemptAt().isAfter(now))
                        .min(Comparator.comparing(OutboxMessage::nextAttemptAt).thenComparingLong(OutboxMessage::id));
                due.ifPresent(m -> outbox.put(m.id(), with(m, OutboxMessage.Status.SENDING, m.attempts() + 1,
                        m.nextAttemptAt(), leaseUntil, m.lastError(), null)));
                return due.map(m -> outbox.get(m.id()));
            }
        }

        @Override
        public boolean markSent(long id, Instant at) {
            // A sender whose lease ran out still knows best that the server accepted the message.
            return update(id, EnumSet.of(OutboxMessage.Status.SENDING, OutboxMessage.Status.UNKNOWN),
                    m -> with(m, OutboxMessage.Status.SENT, m.attempts(), m.nextAttemptAt(), null, null, at));
        }

        @Override
        public boolean markRetry(long id, Instant nextAttemptAt, String error) {
            return update(id, EnumSet.of(OutboxMessage.Status.SENDING),
                    m -> with(m, OutboxMessage.Status.PENDING, m.attempts(), nextAttemptAt, null, error, null));
        }

        @Override
        public boolean markFailed(long id, String error) {
            return update(id, EnumSet.of(OutboxMessage.Status.SENDING),
                    m -> with(m, OutboxMessage.Status.FAILED, m.attempts(), m.nextAttemptAt(), null, error, null));
        }

        @Override
        public boolean markUnknown(long id, String error) {
            return update(id, EnumSet.of(OutboxMessage.Status.SENDING),
                    m -> with(m, OutboxMessage.Status.UNKNOWN, m.attempts(), m.nextAttemptAt(), null, error, null));
        }

        @Override
        public int expireLeases(Instant now) {
            synchronized (InMemoryApplicationStore.this) {
                int expired = 0;
                for (OutboxMessage m : List.copyOf(outbox.values())) {
                    if (m.status() == OutboxMessage.Status.SENDING && m.leaseUntil().isBefore(now)) {
                        outbox.put(m.id(), with(m, OutboxMessage.Status.UNKNOWN, m.attempts(), m.nextAttemptAt(), null,
                                "the sender stopped while sending it", null));
                        expired++;
                    }
                }
                return expired;
            }
        }

        @Override
        public boolean requeue(long id, Instant now) {
            return update(id, EnumSet.of(OutboxMessage.Status.FAILED, OutboxMessage.Status.UNKNOWN),
                    m -> with(m, OutboxMessage.Status.PENDING, m.attempts(), now, null, m.lastError(), null));
        }

        private boolean update(long id, Set<OutboxMessage.Status> from, UnaryOperator<OutboxMessage> change) {
            synchronized (InMemoryApplicationStore.this) {
                OutboxMessage m = outbox.get(id);
                if (m == null || !from.contains(m.status())) {
                    return false;
                }
                outbox.put(id, change.apply(m));
                return true;
            }
        }

        private OutboxMessage with(OutboxMessage m, OutboxMessage.Status status, int attempts, Instant next, Instant lease,
                String error, Instant sentAt) {
            return new OutboxMessage(m.id(), m.messageId(), m.applicationId(), m.kind(), m.to(), m.name(), m.subject(),
                    m.text(), m.queuedAt(), status, attempts, next, lease, error, sentAt);
        }
    }
}
