package org.mla.para.workflow;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A message in the outbox: written in the same transaction as the event that sends it, then
 * delivered by a sender, which records each attempt here.
 *
 * @param id            the outbox's own number for it
 * @param messageId     its e-mail {@code Message-ID}, unique per message and kept across attempts,
 *                      so that a copy sent again by an operator can be recognized as the same
 * @param applicationId the application it is about
 * @param kind          what it is about
 * @param to            the recipient's address
 * @param name          the recipient's name
 * @param subject       the subject line
 * @param text          the body, plain text
 * @param queuedAt      when its event was recorded
 * @param status        where its delivery stands
 * @param attempts      how many times a sender took it up
 * @param nextAttemptAt a pending message is not taken up before this time
 * @param leaseUntil    a message being sent: when its sender's hold on it ends
 * @param lastError     why the last attempt failed; {@code null} when none did
 * @param sentAt        when the SMTP server accepted it; {@code null} until then
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public record OutboxMessage(long id, String messageId, String applicationId, Notification.Kind kind, String to, String name,
        String subject, String text, Instant queuedAt, Status status, int attempts, Instant nextAttemptAt,
        Instant leaseUntil, String lastError, Instant sentAt) {

    /** Where a message's delivery stands. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3")
    public enum Status {
        /** Waiting to be sent (again, after a failure that left it certainly unsent). */
        PENDING,
        /** A sender has taken it up and is handing it to the SMTP server. */
        SENDING,
        /** The SMTP server accepted it. */
        SENT,
        /** The SMTP server refused it for good (an address it does not know, say); not retried. */
        FAILED,
        /**
         * The sender stopped while handing it over (killed, or the connection broke mid-way):
         * it may or may not have arrived. Never sent again by itself: an operator decides.
         */
        UNKNOWN
    }
}
