package org.mla.para.store.jdbc;

import org.apiguardian.api.API;

/**
 * What {@link JdbcApplicationStore#verify()} found wrong with a stored event.
 *
 * @param applicationId the application
 * @param sequence      the place in its history
 * @param kind          what happened to the event
 * @param message       what was found, for people
 */
@API(status = API.Status.STABLE, since = "0.3")
public record Tampering(String applicationId, int sequence, Kind kind, String message) {

    /** What happened to an event after it was recorded. */
    public enum Kind {
        /** Its content is not what was recorded. */
        CHANGED,
        /** It is missing from its history. */
        REMOVED,
        /** It was recorded at another place in the history. */
        REORDERED,
        /** It was not recorded by PARA: it has no hash, or does not follow the event before it. */
        INSERTED
    }

    @Override
    public String toString() {
        return applicationId + " event " + sequence + ": " + message;
    }
}
