package org.mla.para.workflow;

import org.apiguardian.api.API;

/** Someone else changed the application first; this change was not recorded. Reload and try again. */
@API(status = API.Status.STABLE, since = "0.2")
public class ConcurrentChangeException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String applicationId, int sequence) {
        super("application " + applicationId + " was changed by someone else at the same time (event " + sequence
                + " is already recorded); nothing was changed: look at it again and retry");
    }
}
