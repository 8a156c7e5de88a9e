package org.mla.para.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mla.para.model.Assessment;

/**
 * An application as its history makes it: the state and data are derived from the events,
 * never stored beside them, so they always agree.
 *
 * @param id           the application's id
 * @param registration the registration
 * @param state        the current state
 * @param history      every event, in order; the last one's sequence is the application's version
 * @param submission   the latest submission; {@code null} before the first
 * @param scheduled    the meeting the latest submission went to; {@code null} when not scheduled
 * @param decision     the decision on the latest submission; {@code null} when none yet
 * @param approval     the Boards' signatures; {@code null} when not approved
 * @param certificate  the certificate; {@code null} when not issued
 */
@API(status = API.Status.STABLE, since = "0.2")
public record Application(String id, Registration registration, ApplicationState state, List<ApplicationEvent> history,
        Change.Submitted submission, Change.Scheduled scheduled, Change.Decided decision, Change.Approved approval,
        Certificate certificate) {

    public Application {
        history = List.copyOf(history);
    }

    /** The version a change must be based on: the number of events. */
    public int version() {
        return history.size();
    }

    /** The assessment made at submission. */
    public Optional<Assessment> submittedAssessment() {
        return Optional.ofNullable(submission).map(Change.Submitted::assessment);
    }

    /** The assessment the Board's decision rests on (recomputed with its adjustments). */
    public Optional<Assessment> decidedAssessment() {
        return Optional.ofNullable(decision).map(Change.Decided::assessment);
    }

    /** The day the Board's decision is due; {@code null} when not scheduled or already decided. */
    public LocalDate decisionDueOn() {
        return scheduled == null || decision != null ? null : scheduled.decisionDueOn();
    }

    /**
     * Replays a history into the application it describes, checking every step: sequences
     * from 1 without gaps, a registration first, each event leaving from the state the one
     * before reached, by a transition the workflow allows.
     *
     * @throws IllegalStateException when the history is not one the workflow can produce
     */
    public static Application replay(List<ApplicationEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalStateException("an application's history starts with its registration; this one is empty");
        }
        String id = events.get(0).applicationId();
        Registration registration = null;
        ApplicationState state = null;
        Change.Submitted submission = null;
        Change.Scheduled scheduled = null;
        Change.Decided decision = null;
        Change.Approved approval = null;
        Certificate certificate = null;
        for (int i = 0; i < events.size(); i++) {
            ApplicationEvent event = events.get(i);
            String where = "application " + id + ", event " + (i + 1) + " (" + event.action().word() + ")";
            if (!id.equals(event.applicationId()) || event.sequence() != i + 1) {
                throw new IllegalStateException(where + ": expected sequence " + (i + 1) + " of " + id + ", found "
                        + event.sequence() + " of " + event.applicationId());
            }
            ApplicationState expected = state == null
                    ? (event.change() instanceof Change.Registered ? ApplicationState.REGISTERED : null)
                    : state.after(event.action(), event.change() instanceof Change.Decided d ? d.outcome() : null);
            if (event.from() != state || expected == null || event.to() != expected) {
                throw new IllegalStateException(where + ": goes from " + event.from() + " to " + event.to()
                        + ", but the application was " + state + (expected == null ? ", which does not allow it"
                        : " and that leads to " + expected));
            }
            Change change = event.change();
            if (change instanceof Change.Registered r) {
                registration = r.registration();
            } else if (change instanceof Change.Submitted s) {
                submission = s;
                scheduled = null;
                decision = null;
            } else if (change instanceof Change.Scheduled s) {
                scheduled = s;
            } else if (change instanceof Change.Decided d) {
                decision = d;
            } else if (change instanceof Change.Approved a) {
                approval = a;
            } else if (change instanceof Change.Issued issued) {
                certificate = issued.certificate();
            }
            state = event.to();
        }
        return new Application(id, registration, state, events, submission, scheduled, decision, approval, certificate);
    }
}
