package org.mla.para.testkit;

import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.mla.para.model.Assessment;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.Requirement;
import org.mla.para.model.RequirementName;
import org.mla.para.model.Source;

/** Assertions on an {@link Assessment}; failure messages say what the assessment held instead. */
@API(status = API.Status.STABLE, since = "0.1")
public final class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {

    AssessmentAssert(Assessment actual) {
        super(actual, AssessmentAssert.class);
    }

    public AssessmentAssert isEligible() {
        isNotNull();
        if (!actual.eligible()) {
            failWithMessage("Expected the portfolio of %s to be eligible for Level %s, but it is not: %s",
                    actual.applicantId(), actual.targetLevel(), unmet());
        }
        return this;
    }

    public AssessmentAssert isNotEligible() {
        isNotNull();
        if (actual.eligible()) {
            failWithMessage("Expected the portfolio of %s not to be eligible for Level %s, but every requirement is met",
                    actual.applicantId(), actual.targetLevel());
        }
        return this;
    }

    public AssessmentAssert hasTotalPoints(int expected) {
        isNotNull();
        if (actual.totalPoints() != expected) {
            failWithMessage("Expected %s total points but the assessment has %s", expected, actual.totalPoints());
        }
        return this;
    }

    public AssessmentAssert hasPointsFrom(Source source, int expected) {
        isNotNull();
        if (actual.pointsFrom(source) != expected) {
            failWithMessage("Expected %s points from %s but the assessment has %s", expected, source, actual.pointsFrom(source));
        }
        return this;
    }

    public AssessmentAssert hasPointsIn(String area, int expected) {
        isNotNull();
        if (actual.pointsIn(area) != expected) {
            failWithMessage("Expected %s points in %s but the assessment has %s (areas: %s)", expected, area,
                    actual.pointsIn(area), actual.areaPoints());
        }
        return this;
    }

    public AssessmentAssert wasAssessedUnder(String editionId) {
        isNotNull();
        if (!actual.edition().equals(editionId)) {
            failWithMessage("Expected the assessment to use edition %s but it used %s", editionId, actual.edition());
        }
        return this;
    }

    /** Moves to the claim with this id; {@link ClaimAssert#and()} comes back. */
    public ClaimAssert claim(String id) {
        isNotNull();
        ClaimAssessment claim = actual.claim(id).orElse(null);
        if (claim == null) {
            failWithMessage("Expected a claim %s but the assessment has %s", id,
                    actual.claims().stream().map(ClaimAssessment::id).collect(Collectors.toList()));
        }
        return new ClaimAssert(claim, this);
    }

    /** Moves to the requirement with this name; {@link RequirementAssert#and()} comes back. */
    public RequirementAssert requirement(RequirementName name) {
        isNotNull();
        Requirement requirement = actual.requirements().stream().filter(r -> r.name() == name).findFirst().orElse(null);
        if (requirement == null) {
            failWithMessage("Expected a requirement %s but the assessment checks %s", name,
                    actual.requirements().stream().map(Requirement::name).collect(Collectors.toList()));
        }
        return new RequirementAssert(requirement, this);
    }

    private String unmet() {
        return actual.requirements().stream().filter(r -> !r.met())
                .map(r -> r.name() + " " + r.actual() + " of " + r.required()).collect(Collectors.joining(", "));
    }
}
