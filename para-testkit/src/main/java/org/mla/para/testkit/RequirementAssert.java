package org.mla.para.testkit;

import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.mla.para.model.Requirement;

/** Assertions on one requirement of the target level. */
@API(status = API.Status.STABLE, since = "0.1")
public final class RequirementAssert extends AbstractAssert<RequirementAssert, Requirement> {

    private final AssessmentAssert assessment;

    RequirementAssert(Requirement actual, AssessmentAssert assessment) {
        super(actual, RequirementAssert.class);
        this.assessment = assessment;
    }

    public RequirementAssert isMet() {
        if (!actual.met()) {
            failWithMessage("Expected %s to be met but it is not: %s of %s", actual.name(), actual.actual(), actual.required());
        }
        return this;
    }

    public RequirementAssert isNotMet() {
        if (actual.met()) {
            failWithMessage("Expected %s not to be met but it is: %s of %s", actual.name(), actual.actual(), actual.required());
        }
        return this;
    }

    /** Not met, and missing exactly {@code amount}: {@code required - actual}. */
    public RequirementAssert isShortBy(int amount) {
        isNotMet();
        if (actual.shortBy() != amount) {
            failWithMessage("Expected %s to be short by %s but it is short by %s (%s of %s)", actual.name(), amount,
                    actual.shortBy(), actual.actual(), actual.required());
        }
        return this;
    }

    public RequirementAssert requires(int required) {
        if (actual.required() != required) {
            failWithMessage("Expected %s to require %s but it requires %s", actual.name(), required, actual.required());
        }
        return this;
    }

    public RequirementAssert hasActual(int value) {
        if (actual.actual() != value) {
            failWithMessage("Expected %s to have %s but it has %s", actual.name(), value, actual.actual());
        }
        return this;
    }

    /** Back to the whole assessment. */
    public AssessmentAssert and() {
        return assessment;
    }
}
