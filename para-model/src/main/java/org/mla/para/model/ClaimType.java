package org.mla.para.model;

import org.apiguardian.api.API;

/** The claim types of the portfolio format, each with the record that carries it. */
@API(status = API.Status.STABLE, since = "0.1")
public enum ClaimType {
    COLLEGE_COURSE(CollegeCourse.class),
    WORKSHOP(Workshop.class),
    CEU(Ceu.class),
    CROSS_TRAINING(CrossTraining.class),
    LIBRARY_EMPLOYMENT(LibraryEmployment.class),
    MEMBERSHIP(Membership.class),
    COMMITTEE(Committee.class),
    PRESENTATION(Presentation.class),
    PUBLICATION(Publication.class),
    CONFERENCE(Conference.class),
    AWARD(Award.class);

    private final Class<? extends Claim> recordType;

    ClaimType(Class<? extends Claim> recordType) {
        this.recordType = recordType;
    }

    /** The record class that carries claims of this type. */
    public Class<? extends Claim> recordType() {
        return recordType;
    }
}
