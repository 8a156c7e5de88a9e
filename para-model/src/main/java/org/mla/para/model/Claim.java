package org.mla.para.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One documented item of a portfolio: a course, a workshop, a job, a presentation... Each claim
 * type is a record; a {@code switch} over a claim is exhaustive.
 *
 * <p>The record components are the claim's fields in the portfolio format, by the same names.
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface Claim
        permits CollegeCourse, Workshop, Ceu, CrossTraining, LibraryEmployment, Membership, Committee,
                Presentation, Publication, Conference, Award {

    /** The claim's id, unique in its portfolio. */
    String id();

    /** What the claim is, as the applicant wrote it; for a membership, the organization. */
    String title();

    /** The documentation attached to the claim; empty when there is none. */
    List<EvidenceKind> evidence();

    /** The claim's type, as named in the portfolio format. */
    ClaimType type();

    /**
     * The title as rules compare it: trimmed, every run of white space collapsed to one space,
     * lower case. Two memberships with the same key are one organization; two presentations
     * with the same key are one presentation.
     */
    default String titleKey() {
        return Titles.key(title());
    }
}
