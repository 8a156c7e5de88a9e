package org.mla.para.model;

import org.apiguardian.api.API;

/**
 * The kinds of documentation a claim can carry. Which kinds a claim type accepts is policy and
 * lives in the rule edition (evidence.drl), not here.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum EvidenceKind {
    TRANSCRIPT,
    CERTIFICATE,
    ATTENDANCE_FORM,
    SUPERVISOR_LETTER,
    MEMBERSHIP_RECORD,
    LETTER,
    MINUTES,
    PROGRAM,
    COPY
}
