package org.mla.para.testkit;

import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.Note;
import org.mla.para.model.Source;

/** Assertions on one claim of an assessment. */
@API(status = API.Status.STABLE, since = "0.1")
public final class ClaimAssert extends AbstractAssert<ClaimAssert, ClaimAssessment> {

    private final AssessmentAssert assessment;

    ClaimAssert(ClaimAssessment actual, AssessmentAssert assessment) {
        super(actual, ClaimAssert.class);
        this.assessment = assessment;
    }

    /** The points the claim counts. */
    public ClaimAssert earned(int points) {
        if (actual.points() != points) {
            failWithMessage("Expected claim %s to earn %s points but it earned %s (rule %s, notes %s)", actual.id(), points,
                    actual.points(), actual.rule(), actual.notes());
        }
        return this;
    }

    public ClaimAssert byRule(String ruleId) {
        if (!ruleId.equals(actual.rule())) {
            failWithMessage("Expected claim %s to be scored by rule %s but it was scored by %s", actual.id(), ruleId, actual.rule());
        }
        return this;
    }

    public ClaimAssert isPending(int points) {
        if (actual.pendingPoints() != points) {
            failWithMessage("Expected claim %s to have %s pending points but it has %s", actual.id(), points, actual.pendingPoints());
        }
        return this;
    }

    /** Exactly these notes, in this order. */
    public ClaimAssert hasNotes(Note... notes) {
        if (!actual.notes().equals(List.of(notes))) {
            failWithMessage("Expected claim %s to carry notes %s but it carries %s", actual.id(), List.of(notes), actual.notes());
        }
        return this;
    }

    public ClaimAssert hasNoNotes() {
        return hasNotes();
    }

    public ClaimAssert countsToward(Source source) {
        if (actual.source() != source) {
            failWithMessage("Expected claim %s to count toward %s but it counts toward %s", actual.id(), source, actual.source());
        }
        return this;
    }

    public ClaimAssert gives(String area, int points) {
        if (actual.pointsIn(area) != points) {
            failWithMessage("Expected claim %s to give %s points to %s but it gives %s (areas: %s)", actual.id(), points, area,
                    actual.pointsIn(area), actual.areas());
        }
        return this;
    }

    /** Back to the whole assessment. */
    public AssessmentAssert and() {
        return assessment;
    }
}
