package org.mla.para.workflow;

import org.apiguardian.api.API;
import org.mla.para.engine.ParaException;

/**
 * An application's stored history cannot be read back (a corrupt or altered event): the
 * application cannot be shown or acted on. Lists of applications name it and go on with the
 * others; {@code para verify} says which events are at fault.
 */
@API(status = API.Status.STABLE, since = "0.3")
public class UnreadableHistoryException extends ParaException {

    private static final long serialVersionUID = 1L;

    private final String applicationId;
    private final String reason;

    public UnreadableHistoryException(String applicationId, String reason) {
        super("the history of application " + applicationId + " cannot be read: " + reason);
        this.applicationId = applicationId;
        this.reason = reason;
    }

    public String applicationId() {
        return applicationId;
    }

    public String reason() {
        return reason;
    }
}
