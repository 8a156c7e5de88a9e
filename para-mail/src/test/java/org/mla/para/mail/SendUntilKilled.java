package org.mla.para.mail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mla.para.store.jdbc.JdbcApplicationStore;
import org.mla.para.workflow.Outbox;
import org.mla.para.workflow.OutboxMessage;

/**
 * The child process of {@link KilledSenderTests}: delivers an H2 file's outbox to an SMTP port,
 * slowly (a pause after taking up each message and another between sending and marking it sent),
 * printing "sent ID" for each, until it is killed.
 */
public final class SendUntilKilled {

    private SendUntilKilled() {
    }

    public static void main(String[] args) {
        Outbox outbox = new Slow(JdbcApplicationStore.h2File(Path.of(args[0])).outbox().orElseThrow());
        SmtpSettings settings = new SmtpSettings("127.0.0.1", Integer.parseInt(args[1]), false, null, null, "para@mla.example.org");
        OutboxSender sender = new OutboxSender(outbox, settings, Clock.systemUTC(), Duration.ofSeconds(1), Duration.ofSeconds(1),
                12, Duration.ofSeconds(2));
        while (true) {
            for (OutboxSender.Delivery delivery : sender.sendDue()) {
                System.out.println("sent " + delivery.message().id() + " " + delivery.status());
            }
        }
    }

    private record Slow(Outbox outbox) implements Outbox {
        private static void pause() {
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public List<OutboxMessage> messages(Set<OutboxMessage.Status> statuses) {
            return outbox.messages(statuses);
        }

        @Override
        public Optional<OutboxMessage> claim(Instant now, Instant leaseUntil) {
            Optional<OutboxMessage> claimed = outbox.claim(now, leaseUntil);
            pause();
            return claimed;
        }

        @Override
        public boolean markSent(long id, Instant at) {
            pause(); // sent, not yet marked: the window a crash must not turn into a second copy
            return outbox.markSent(id, at);
        }

        @Override
        public boolean markRetry(long id, Instant nextAttemptAt, String error) {
            return outbox.markRetry(id, nextAttemptAt, error);
        }

        @Override
        public boolean markFailed(long id, String error) {
            return outbox.markFailed(id, error);
        }

        @Override
        public boolean markUnknown(long id, String error) {
            return outbox.markUnknown(id, error);
        }

        @Override
        public int expireLeases(Instant now) {
            return outbox.expireLeases(now);
        }

        @Override
        public boolean requeue(long id, Instant now) {
            return outbox.requeue(id, now);
        }
    }
}
