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
        /** The Review Board's preliminary decision. */
        DECISION,
        /** The certificate was issued. */
        CERTIFICATE
    }
}
