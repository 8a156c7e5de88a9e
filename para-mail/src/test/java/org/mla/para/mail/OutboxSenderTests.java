package org.mla.para.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mla.para.workflow.InMemoryApplicationStore;
import org.mla.para.workflow.Outbox;
import org.mla.para.workflow.OutboxMessage;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.WorkflowFixtures;

/** The sender against a real SMTP server (GreenMail, on localhost), and against none. */
class OutboxSenderTests {

    private GreenMail smtp;
    private final InMemoryApplicationStore store = new InMemoryApplicationStore();
    private final WorkflowFixtures.TestClock clock = new WorkflowFixtures.TestClock(WorkflowFixtures.REGISTERED);
    private ParaWorkflow workflow;

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        workflow = ParaWorkflow.builder().engine(WorkflowFixtures.ENGINE).store(store).clock(clock).build();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private Outbox outbox() {
        return store.outbox().orElseThrow();
    }

    private SmtpSettings settings(int port) {
        return new SmtpSettings("127.0.0.1", port, false, null, null, "PARA Review Board <para@mla.example.org>");
    }

    @Test
    void everyPendingMessageIsDeliveredOnceWithItsOwnMessageIdAndMarkedSent() throws Exception {
        workflow.register(WorkflowFixtures.registration("A-1"), "chair");
        workflow.register(WorkflowFixtures.registration("A-2"), "chair");
        OutboxSender sender = new OutboxSender(outbox(), settings(smtp.getSmtp().getPort()), clock);

        List<OutboxSender.Delivery> deliveries = sender.sendDue();

        assertThat(deliveries).extracting(OutboxSender.Delivery::status).containsOnly(OutboxMessage.Status.SENT).hasSize(2);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        List<OutboxMessage> sent = outbox().messages(EnumSet.of(OutboxMessage.Status.SENT));
        assertThat(received).extracting(MimeMessage::getMessageID)
                .containsExactlyInAnyOrderElementsOf(sent.stream().map(OutboxMessage::messageId).toList());
        assertThat(received[0].getSubject()).isEqualTo("PARA: your registration for Level 1");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("Jane Doe <jane.doe@example.org>");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("PARA Review Board <para@mla.example.org>");
        assertThat(((String) received[0].getContent())).contains("Dear Jane Doe");
        assertThat(sender.sendDue()).as("nothing is sent twice").isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void withoutAServerAMessageIsRetriedWithABackoffThatDoublesThenFailsAfterTheLastAttempt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        workflow.register(WorkflowFixtures.registration(), "chair");
        MutableClock now = new MutableClock(clock.instant());
        OutboxSender sender = new OutboxSender(outbox(), settings(closedPort), now, Duration.ofMinutes(1), Duration.ofMinutes(3),
                4, Duration.ofMinutes(10));

        assertThat(sender.sendDue()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(OutboxMessage.Status.PENDING);
            assertThat(d.error()).startsWith("cannot connect to 127.0.0.1:" + closedPort);
        });
        OutboxMessage waiting = outbox().messages(EnumSet.of(OutboxMessage.Status.PENDING)).get(0);
        assertThat(waiting.nextAttemptAt()).isEqualTo(now.instant().plus(Duration.ofMinutes(1)));
        assertThat(sender.sendDue()).as("not before its next attempt").isEmpty();
        now.advance(Duration.ofMinutes(1));
        sender.sendDue();
        assertThat(outbox().messages(EnumSet.of(OutboxMessage.Status.PENDING)).get(0).nextAttemptAt())
                .isEqualTo(now.instant().plus(Duration.ofMinutes(2)));
        now.advance(Duration.ofMinutes(2));
        sender.sendDue();
        assertThat(outbox().messages(EnumSet.of(OutboxMessage.Status.PENDING)).get(0).nextAttemptAt())
                .as("no longer than the longest wait").isEqualTo(now.instant().plus(Duration.ofMinutes(3)));
        now.advance(Duration.ofMinutes(3));
        assertThat(sender.sendDue()).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(OutboxMessage.Status.FAILED));
        assertThat(outbox().messages(EnumSet.of(OutboxMessage.Status.FAILED)).get(0).lastError()).contains("gave up after 4 attempts");

        assertThat(outbox().requeue(waiting.id(), now.instant())).isTrue();
        OutboxSender working = new OutboxSender(outbox(), settings(smtp.getSmtp().getPort()), now);
        assertThat(working.sendDue()).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(OutboxMessage.Status.SENT));
        assertThat(smtp.getReceivedMessages()).singleElement()
                .satisfies(m -> assertThat(m.getMessageID()).isEqualTo(waiting.messageId()));
    }

    @Test
    void aMessageWhoseSenderStoppedMidSendingIsListedAsUnknownAndNeverResentByItself() throws Exception {
        workflow.register(WorkflowFixtures.registration(), "chair");
        MutableClock now = new MutableClock(clock.instant());
        OutboxMessage held = outbox().claim(now.instant(), now.instant().plus(Duration.ofMinutes(10))).orElseThrow();
        OutboxSender sender = new OutboxSender(outbox(), settings(smtp.getSmtp().getPort()), now);
        assertThat(sender.sendDue()).as("another sender holds it").isEmpty();
        now.advance(Duration.ofMinutes(11));
        assertThat(sender.sendDue()).isEmpty();
        assertThat(outbox().messages(EnumSet.of(OutboxMessage.Status.UNKNOWN))).extracting(OutboxMessage::id)
                .containsExactly(held.id());
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
