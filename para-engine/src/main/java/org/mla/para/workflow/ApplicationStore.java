package org.mla.para.workflow;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Where applications live: their append-only histories and the Review Board calendar.
 * Implementations must be safe for use by many threads (and, for a database, many processes).
 *
 * <p>{@link #append} is the only write to a history, and it is atomic: an event is either
 * recorded whole or not at all. It is also the optimistic lock: an event whose sequence is
 * already taken (someone else appended first) is refused with {@link ConcurrentChangeException}.
 */
@API(status = API.Status.STABLE, since = "0.2")
public interface ApplicationStore {

    /**
     * Records {@code event} as the next one of its application.
     *
     * @throws ConcurrentChangeException when the application already has an event at that sequence,
     *         or the sequence is not the next one
     */
    void append(ApplicationEvent event);

    /** An application's events in order; empty when there is no such application. */
    List<ApplicationEvent> events(String applicationId);

    /** The ids of every application, in the order they were registered. */
    List<String> applicationIds();

    /** Adds a Review Board meeting to the calendar; adding a date twice keeps one. */
    void addMeeting(LocalDate date);

    /** Removes a meeting; whether there was one on that date. */
    boolean removeMeeting(LocalDate date);

    /** The calendar's meetings, earliest first. */
    List<LocalDate> meetings();

    /**
     * Records {@code event} and queues {@code messages} in its outbox, in one transaction: both
     * or neither. Stores without an outbox ({@link #outbox()} empty) accept no messages.
     *
     * @throws ConcurrentChangeException as {@link #append(ApplicationEvent)}
     */
    default void append(ApplicationEvent event, List<Notification> messages) {
        if (!messages.isEmpty()) {
            throw new UnsupportedOperationException(getClass().getName() + " keeps no outbox");
        }
        append(event);
    }

    /** The outbox of the messages events send; empty for a store that keeps none. */
    default java.util.Optional<Outbox> outbox() {
        return java.util.Optional.empty();
    }

    /** The certificates imported from before PARA kept records, in the order imported. */
    default List<HistoricalCertificate> historicalCertificates() {
        return List.of();
    }

    /**
     * Adds imported certificates, all or none.
     *
     * @throws WorkflowException when one is already recorded for the same applicant and level
     */
    default void addHistoricalCertificates(List<HistoricalCertificate> certificates) {
        throw new UnsupportedOperationException(getClass().getName() + " keeps no historical certificates");
    }
}
