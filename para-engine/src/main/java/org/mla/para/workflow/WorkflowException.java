package org.mla.para.workflow;

import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.mla.para.engine.ParaException;

/**
 * An action refused: not allowed in the application's state, or its conditions are not met
 * (no fee, no meeting far enough ahead...). Nothing was changed.
 */
@API(status = API.Status.STABLE, since = "0.2")
public class WorkflowException extends ParaException {

    private static final long serialVersionUID = 1L;

    public WorkflowException(String message) {
        super(message);
    }

    /** {@code action} is not allowed in {@code state}. */
    static WorkflowException notAllowed(String applicationId, Action action, ApplicationState state) {
        Set<Action> allowed = state.allowedActions();
        String next = allowed.isEmpty() ? "none: the application has ended"
                : allowed.stream().map(Action::word).collect(Collectors.joining(", "));
        return new WorkflowException("cannot " + action.word() + " application " + applicationId + ": it is " + state
                + "; allowed now: " + next);
    }
}
