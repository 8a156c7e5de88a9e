package org.mla.para.workflow;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One entry of an application's append-only history.
 *
 * @param applicationId the application
 * @param sequence      its position in the history, from 1 without gaps: the application's version after it
 * @param actor         who did it
 * @param at            when it was recorded
 * @param from          the state before; {@code null} for the registration
 * @param to            the state after
 * @param change        what happened, with its data
 */
@API(status = API.Status.STABLE, since = "0.2")
public record ApplicationEvent(String applicationId, int sequence, String actor, Instant at, ApplicationState from,
        ApplicationState to, Change change) {

    /** The action this event records. */
    public Action action() {
        return change.action();
    }
}
