package org.mla.para.workflow;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Where an application stands. The transitions of the PARA workflow:
 *
 * <pre>
 * REGISTERED --submit--> SUBMITTED --schedule--> SCHEDULED --open-review--> UNDER_REVIEW
 * UNDER_REVIEW --decide(PRELIMINARY_APPROVAL)--> RECOMMENDED --approve--> APPROVED --issue--> CERTIFIED
 * UNDER_REVIEW --decide(REVISIONS_REQUESTED)--> REVISIONS_REQUESTED --submit--> SUBMITTED
 * UNDER_REVIEW --decide(NOT_APPROVED)--> NOT_APPROVED            (final)
 * any state before a decision (and REVISIONS_REQUESTED) --withdraw--> WITHDRAWN   (final)
 * REGISTERED, REVISIONS_REQUESTED --accept-prior-level--> the same state
 * </pre>
 */
@API(status = API.Status.STABLE, since = "0.2")
public enum ApplicationState {
    REGISTERED, SUBMITTED, SCHEDULED, UNDER_REVIEW, RECOMMENDED, APPROVED, CERTIFIED, REVISIONS_REQUESTED,
    NOT_APPROVED, WITHDRAWN;

    /**
     * The actions this state allows; none for a final state. The Board's acceptance of a prior
     * level ({@link Action#ACCEPT_PRIOR_LEVEL}) is not a step of the path, so it is not listed:
     * it is allowed wherever a submission is.
     */
    public Set<Action> allowedActions() {
        return switch (this) {
            case REGISTERED, REVISIONS_REQUESTED -> EnumSet.of(Action.SUBMIT, Action.WITHDRAW);
            case SUBMITTED -> EnumSet.of(Action.SCHEDULE, Action.WITHDRAW);
            case SCHEDULED -> EnumSet.of(Action.OPEN_REVIEW, Action.WITHDRAW);
            case UNDER_REVIEW -> EnumSet.of(Action.DECIDE, Action.WITHDRAW);
            case RECOMMENDED -> EnumSet.of(Action.APPROVE);
            case APPROVED -> EnumSet.of(Action.ISSUE);
            case CERTIFIED, NOT_APPROVED, WITHDRAWN -> EnumSet.noneOf(Action.class);
        };
    }

    /** Whether the application has ended here. */
    public boolean isFinal() {
        return allowedActions().isEmpty();
    }

    /**
     * The state {@code action} leads to from this one ({@code outcome} matters for
     * {@link Action#DECIDE} only), or {@code null} when this state does not allow it.
     */
    public ApplicationState after(Action action, Outcome outcome) {
        if (action == Action.ACCEPT_PRIOR_LEVEL) {
            return allowedActions().contains(Action.SUBMIT) ? this : null;
        }
        if (!allowedActions().contains(action)) {
            return null;
        }
        return switch (action) {
            case REGISTER -> null;
            case SUBMIT -> SUBMITTED;
            case SCHEDULE -> SCHEDULED;
            case OPEN_REVIEW -> UNDER_REVIEW;
            case DECIDE -> outcome == null ? null : switch (outcome) {
                case PRELIMINARY_APPROVAL -> RECOMMENDED;
                case REVISIONS_REQUESTED -> REVISIONS_REQUESTED;
                case NOT_APPROVED -> NOT_APPROVED;
            };
            case APPROVE -> APPROVED;
            case ISSUE -> CERTIFIED;
            case WITHDRAW -> WITHDRAWN;
            case ACCEPT_PRIOR_LEVEL -> this;
        };
    }
}
