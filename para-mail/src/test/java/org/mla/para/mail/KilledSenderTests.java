package org.mla.para.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mla.para.store.jdbc.JdbcApplicationStore;
import org.mla.para.workflow.Outbox;
import org.mla.para.workflow.OutboxMessage;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.WorkflowFixtures;

/**
 * A sender killed (SIGKILL, no shutdown hooks) in the middle of a backlog loses nothing and
 * sends nothing twice: every message ends delivered once and marked SENT, or UNKNOWN (it was in
 * the server's hands when the sender died: delivered once or not at all, and listed).
 */
class KilledSenderTests {

    private static final int BACKLOG = 30;
    private static final int RECEIVED_BEFORE_KILL = 8;

    @TempDir
    Path folder;

    private GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void aSenderKilledMidBacklogLosesNothingAndSendsNothingTwice() throws Exception {
        Path database = folder.resolve("outbox");
        JdbcApplicationStore store = JdbcApplicationStore.h2File(database);
        ParaWorkflow workflow = ParaWorkflow.builder().engine(WorkflowFixtures.ENGINE).store(store).build();
        for (int i = 0; i < BACKLOG; i++) {
            workflow.register(WorkflowFixtures.registration("A-" + (3000 + i)), "chair");
        }
        Outbox outbox = store.outbox().orElseThrow();
        assertThat(outbox.messages(EnumSet.of(OutboxMessage.Status.PENDING))).hasSize(BACKLOG);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                SendUntilKilled.class.getName(), database.toString(), String.valueOf(smtp.getSmtp().getPort()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            assertThat(smtp.waitForIncomingEmail(TimeUnit.MINUTES.toMillis(1), RECEIVED_BEFORE_KILL)).isTrue();
        } finally {
            child.destroyForcibly(); // SIGKILL: between taking up, sending and marking, wherever it was
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        List<OutboxMessage> afterKill = outbox.messages(EnumSet.allOf(OutboxMessage.Status.class));
        assertThat(afterKill).extracting(OutboxMessage::status).as("the kill came mid-backlog")
                .contains(OutboxMessage.Status.SENT, OutboxMessage.Status.PENDING);
        assertThat(afterKill).filteredOn(m -> m.status() == OutboxMessage.Status.SENDING).as("at most the one in hand")
                .hasSizeLessThanOrEqualTo(1);

        // The next sender (later than the dead one's lease) finishes the backlog.
        OutboxSender next = new OutboxSender(outbox, new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), false, null, null,
                "para@mla.example.org"), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)));
        next.sendDue();

        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage received : smtp.getReceivedMessages()) {
            copies.merge(received.getMessageID(), 1, Integer::sum);
        }
        assertThat(copies.values()).as("no message was sent twice").allMatch(n -> n == 1);
        List<OutboxMessage> end = outbox.messages(EnumSet.allOf(OutboxMessage.Status.class));
        assertThat(end).hasSize(BACKLOG);
        List<String> lost = new ArrayList<>();
        for (OutboxMessage message : end) {
            switch (message.status()) {
                case SENT -> assertThat(copies).as("a SENT message arrived").containsKey(message.messageId());
                case UNKNOWN -> assertThat(copies.getOrDefault(message.messageId(), 0)).isLessThanOrEqualTo(1);
                default -> lost.add(message.id() + " " + message.status());
            }
        }
        assertThat(lost).as("every message is sent or listed as UNKNOWN").isEmpty();
        assertThat(end).filteredOn(m -> m.status() == OutboxMessage.Status.UNKNOWN).hasSizeLessThanOrEqualTo(1);
        assertThat(copies).hasSizeGreaterThanOrEqualTo(BACKLOG - 1);
    }
}
