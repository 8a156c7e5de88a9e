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
}
