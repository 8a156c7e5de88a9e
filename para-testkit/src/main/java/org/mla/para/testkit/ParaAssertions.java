package org.mla.para.testkit;

import org.apiguardian.api.API;
import org.mla.para.model.Assessment;

/**
 * Entry point of PARA's fluent assertions, in the style of AssertJ:
 *
 * <pre>{@code
 * import static org.mla.para.testkit.ParaAssertions.assertThat;
 *
 * assertThat(assessment).isEligible()
 *         .claim("c1").earned(45).byRule("EDU-COLLEGE-COURSE").hasNoNotes()
 *         .and().requirement(TOTAL).isMet();
 * assertThat(other).requirement(EDUCATION).isShortBy(5);
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ParaAssertions {

    private ParaAssertions() {
    }

    public static AssessmentAssert assertThat(Assessment actual) {
        return new AssessmentAssert(actual);
    }
}
