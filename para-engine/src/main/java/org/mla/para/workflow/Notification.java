package org.mla.para.workflow;

import org.apiguardian.api.API;

/**
 * A message to an applicant, for the host to deliver (e-mail, the membership system...).
 *
 * @param kind          what it is about
 * @param applicationId the application
 * @param to            the applicant's e-mail address; {@code null} when none was registered
 * @param name          the applicant's name
 * @param subject       a subject line
 * @param text          the message
 */
@API(status = API.Status.STABLE, since = "0.2")
public record Notification(Kind kind, String applicationId, String to, String name, String subject, String text) {

    /** What a notification is about. */
    @API(status = API.Status.STABLE, since = "0.2")
    public enum Kind {
        /** The completed portfolio arrived. */
        RECEIPT,
        /** The Review Board's preliminary decision: approval, or not approved. */
        DECISION,
        /** The certificate was issued. */
        CERTIFICATE,
        /** The registration was recorded: the application's id. */
        REGISTRATION,
        /** The portfolio was scheduled for a Review Board meeting. */
        SCHEDULED,
        /** The Board's preliminary decision asks for revisions. */
        REVISIONS_REQUESTED,
        /** The application was withdrawn. */
        WITHDRAWAL;

        /** The kind as its template file is named: {@code revisions-requested}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
