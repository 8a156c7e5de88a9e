package org.mla.para.workflow;

import java.time.LocalDate;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An open application and what it needs next.
 *
 * @param applicationId the application
 * @param name          the applicant's name
 * @param state         its state
 * @param dueOn         when the next step is due (or has been waiting since); {@code null}
 *                      while it waits for the applicant
 * @param task          the next step, for people
 * @param flags         what is late
 */
@API(status = API.Status.STABLE, since = "0.2")
public record Attention(String applicationId, String name, ApplicationState state, LocalDate dueOn, String task,
        Set<Flag> flags) {

    public Attention {
        flags = Set.copyOf(flags);
    }

    /** What is late. */
    @API(status = API.Status.STABLE, since = "0.2")
    public enum Flag {
        /** The meeting was more than the decision period ago and there is no decision. */
        DECISION_OVERDUE,
        /** More than the long-review period has passed since submission without a decision. */
        LONG_REVIEW
    }
}
