package org.mla.para.workflow;

import java.util.Locale;
import org.apiguardian.api.API;

/** What can happen to an application: each is recorded as one event. */
@API(status = API.Status.STABLE, since = "0.2")
public enum Action {
    REGISTER, SUBMIT, SCHEDULE, OPEN_REVIEW, DECIDE, APPROVE, ISSUE, WITHDRAW,
    /** The Board accepts a prior level that PARA's record does not hold; the state stays as it was. */
    ACCEPT_PRIOR_LEVEL;

    /** The action as people (and the {@code para} command) name it: {@code open-review}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
