package org.mla.para.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.mla.para.workflow.Outbox;
import org.mla.para.workflow.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox over SMTP, through Jakarta Mail.
 *
 * <p><b>At most once, and nothing lost.</b> A message is {@link Outbox#claim claimed} (marked
 * SENDING, committed) before it is handed to the server and marked SENT when the server has
 * accepted it. When an attempt fails where nothing can have been delivered (no connection, or
 * the server answers with a refusal), the message is pending again after a backoff that doubles
 * from {@link #firstRetryAfter} to {@link #longestRetryAfter}, and FAILED after
 * {@link #maxAttempts} attempts or at once when the server refuses it for good (5xx). When an
 * attempt breaks off while the message is being handed over, or the sender is killed between
 * sending and marking, nobody can tell whether it arrived: the message becomes UNKNOWN (the
 * latter when its lease ends) and is never sent again by itself, but listed for an operator,
 * who may requeue it; it then goes out with the same Message-ID, so a second copy is
 * recognizable as such. Two senders never send one message: claiming is atomic.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public final class OutboxSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int PERMANENT = 500;
    private static final int TIMEOUT_MILLIS = 60_000;

    private final Outbox outbox;
    private final SmtpSettings settings;
    private final Clock clock;
    private final Duration firstRetryAfter;
    private final Duration longestRetryAfter;
    private final int maxAttempts;
    private final Duration lease;
    private final Session session;
    private ScheduledExecutorService background;

    /** What became of one message in a pass. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3")
    public record Delivery(OutboxMessage message, OutboxMessage.Status status, String error) {
    }

    /**
     * A sender with the usual timing: retries after 1 minute, doubling up to 1 hour, 12 attempts;
     * a hold of 10 minutes on a message being sent (each SMTP step times out after 1 minute).
     */
    public OutboxSender(Outbox outbox, SmtpSettings settings, Clock clock) {
        this(outbox, settings, clock, Duration.ofMinutes(1), Duration.ofHours(1), 12, Duration.ofMinutes(10));
    }

    /** A sender with its own timing (tests use seconds). */
    public OutboxSender(Outbox outbox, SmtpSettings settings, Clock clock, Duration firstRetryAfter, Duration longestRetryAfter,
            int maxAttempts, Duration lease) {
        this.outbox = Objects.requireNonNull(outbox);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
        this.firstRetryAfter = firstRetryAfter;
        this.longestRetryAfter = longestRetryAfter;
        this.maxAttempts = maxAttempts;
        this.lease = lease;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.auth", String.valueOf(settings.user() != null));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
        this.session = Session.getInstance(properties);
    }

    /**
     * One pass: messages whose sender died become UNKNOWN, then every message due now is sent,
     * over one connection. A connection that cannot be made ends the pass (the message tried is
     * retried later; the others wait untouched).
     *
     * @return what became of each message taken up, in order
     */
    public synchronized List<Delivery> sendDue() {
        List<Delivery> deliveries = new ArrayList<>();
        int expired = outbox.expireLeases(clock.instant());
        if (expired > 0) {
            LOG.warn("{} message(s) of the outbox were being sent when their sender stopped: they are UNKNOWN now, "
                    + "'para mail list' shows them", expired);
        }
        Transport transport = null;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Instant now = clock.instant();
                Optional<OutboxMessage> claimed = outbox.claim(now, now.plus(lease));
                if (claimed.isEmpty()) {
                    break;
                }
                OutboxMessage message = claimed.get();
                MimeMessage mime;
                try {
                    mime = mime(message);
                } catch (MessagingException | UnsupportedEncodingException e) {
                    deliveries.add(failed(message, "cannot be written as an e-mail: " + e.getMessage()));
                    continue;
                }
                if (transport == null) {
                    try {
                        transport = session.getTransport("smtp");
                        transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
                    } catch (MessagingException e) {
                        transport = null;
                        deliveries.add(retry(message, "cannot connect to " + settings.host() + ":" + settings.port() + ": "
                                + describe(e)));
                        break;
                    }
                }
                try {
                    transport.sendMessage(mime, mime.getAllRecipients());
                    outbox.markSent(message.id(), clock.instant());
                    deliveries.add(new Delivery(message, OutboxMessage.Status.SENT, null));
                } catch (SMTPSendFailedException | SMTPAddressFailedException e) {
                    int code = e instanceof SMTPSendFailedException s ? s.getReturnCode()
                            : ((SMTPAddressFailedException) e).getReturnCode();
                    String error = "the server refused it: " + describe(e);
                    deliveries.add(code >= PERMANENT ? failed(message, error) : retry(message, error));
                } catch (SendFailedException e) {
                    deliveries.add(failed(message, "the server refused its address: " + describe(e)));
                } catch (MessagingException e) {
                    // Broken off while handing it over: it may have arrived. Never resent by itself.
                    outbox.markUnknown(message.id(), "broken off while sending, may have arrived: " + describe(e));
                    deliveries.add(new Delivery(message, OutboxMessage.Status.UNKNOWN, describe(e)));
                    close(transport);
                    transport = null;
                }
            }
        } finally {
            close(transport);
        }
        return deliveries;
    }

    /** Sends what is due now and then every {@code every}, on a background thread, until {@link #close()}. */
    public synchronized OutboxSender start(Duration every) {
        if (background == null) {
            background = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "para-outbox-sender");
                thread.setDaemon(true);
                return thread;
            });
            background.scheduleWithFixedDelay(() -> {
                try {
                    sendDue();
                } catch (RuntimeException e) {
                    LOG.warn("the outbox sender's pass failed ({}); it tries again", e.toString());
                }
            }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Stops the background sending, waiting for a pass under way to finish its message. */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = background;
            background = null;
        }
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Delivery retry(OutboxMessage message, String error) {
        if (message.attempts() >= maxAttempts) {
            return failed(message, error + " (gave up after " + message.attempts() + " attempts)");
        }
        Duration wait = firstRetryAfter.multipliedBy(1L << Math.min(message.attempts() - 1, 20));
        if (wait.compareTo(longestRetryAfter) > 0) {
            wait = longestRetryAfter;
        }
        outbox.markRetry(message.id(), clock.instant().plus(wait), error);
        return new Delivery(message, OutboxMessage.Status.PENDING, error);
    }

    private Delivery failed(OutboxMessage message, String error) {
        outbox.markFailed(message.id(), error);
        return new Delivery(message, OutboxMessage.Status.FAILED, error);
    }

    private MimeMessage mime(OutboxMessage message) throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", message.messageId()); // the outbox's: the same on every attempt
            }
        };
        mime.setFrom(new InternetAddress(settings.from(), true));
        try {
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), message.name(),
                    StandardCharsets.UTF_8.name()));
        } catch (AddressException e) {
            throw new MessagingException("the address " + message.to() + " is not valid: " + e.getMessage());
        }
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setText(message.text(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(clock.instant()));
        mime.setHeader("X-PARA-Application", message.applicationId());
        mime.saveChanges();
        return mime;
    }

    private static String describe(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        if (e.getCause() != null && e.getCause().getMessage() != null && !text.contains(e.getCause().getMessage())) {
            text += " (" + e.getCause().getMessage() + ")";
        }
        return text.replaceAll("\\s+", " ");
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.debug("closing the SMTP connection", e);
            }
        }
    }
}
