package org.mla.para.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The messages the workflow's events send, kept by the {@link ApplicationStore} beside the
 * events (see {@link ApplicationStore#append(ApplicationEvent, List)}), and the sender's
 * record of delivering them.
 *
 * <p>The guarantee a sender builds on this is <b>at most once</b>: it {@link #claim}s a message
 * (marking it {@link OutboxMessage.Status#SENDING SENDING}, committed) before handing it to the
 * SMTP server, and marks it sent after. A sender that dies in between leaves it SENDING; when its
 * lease ends, {@link #expireLeases} turns it {@link OutboxMessage.Status#UNKNOWN UNKNOWN}, which
 * nothing sends again by itself. Nothing is lost: every message is sent, pending, or listed as
 * failed or unknown for an operator. Every method is atomic; two senders never claim one message.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public interface Outbox {

    /** The messages in these states, oldest first. */
    List<OutboxMessage> messages(Set<OutboxMessage.Status> statuses);

    /**
     * Takes up the oldest pending message due at {@code now}: it becomes SENDING, its attempts
     * count one more, and its lease runs until {@code leaseUntil}. Empty when none is due.
     */
    Optional<OutboxMessage> claim(Instant now, Instant leaseUntil);

    /**
     * The SMTP server accepted a message this sender held (SENDING, or UNKNOWN when its lease
     * ran out meanwhile: the sender knows better); whether there was such a message.
     */
    boolean markSent(long id, Instant at);

    /** The attempt certainly failed before delivery: pending again, not before {@code nextAttemptAt}. */
    boolean markRetry(long id, Instant nextAttemptAt, String error);

    /** The server refused it for good, or retries ran out. */
    boolean markFailed(long id, String error);

    /** The attempt broke off while the message was being handed over: it may have arrived. */
    boolean markUnknown(long id, String error);

    /** Every SENDING message whose lease ended before {@code now} becomes UNKNOWN; how many did. */
    int expireLeases(Instant now);

    /**
     * An operator's decision to send a FAILED or UNKNOWN message again (with the same
     * Message-ID); whether there was such a message.
     */
    boolean requeue(long id, Instant now);
}
