package org.mla.para.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mla.para.mail.OutboxSender;
import org.mla.para.mail.SmtpSettings;
import org.mla.para.workflow.Outbox;
import org.mla.para.workflow.OutboxMessage;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.WorkflowException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code para mail}: the outbox: what is waiting or went wrong, sending the backlog, sending one again. */
@Command(name = "mail", description = {"Shows and sends the e-mail outbox, the messages the workflow queued.",
    "'list' shows messages pending, failed or unknown; 'send' delivers the backlog over SMTP;",
    "'retry ID...' sends a FAILED or UNKNOWN message again",
    "(with the same Message-ID). Each message is sent at most once by itself: one whose sending broke off",
    "is UNKNOWN (it may have arrived) until an operator retries it."})
final class MailCommand extends WorkflowCommand {

    private static final Set<OutboxMessage.Status> OPEN = EnumSet.complementOf(EnumSet.of(OutboxMessage.Status.SENT));

    @Parameters(index = "0", arity = "0..1", paramLabel = "list|send|retry", defaultValue = "list")
    String verb;
    @Parameters(index = "1..*", paramLabel = "ID", description = "the outbox numbers of the messages to retry")
    List<Long> ids = List.of();
    @Option(names = "--all", description = "list sent messages too")
    boolean all;

    @Override
    int run(ParaWorkflow workflow, PrintWriter out) {
        Outbox outbox = workflow.outbox().orElseThrow(() -> new WorkflowException("this database keeps no outbox"));
        switch (verb) {
            case "list" -> list(outbox.messages(all ? EnumSet.allOf(OutboxMessage.Status.class) : OPEN), out);
            case "send" -> send(outbox, out);
            case "retry" -> {
                if (ids.isEmpty()) {
                    throw new WorkflowException("mail retry needs the ID of at least one FAILED or UNKNOWN message "
                            + "('para mail list' shows them)");
                }
                for (Long id : ids) {
                    out.println(outbox.requeue(id, Clock.systemUTC().instant()) ? "#" + id + " is pending again"
                            : "#" + id + " is not a FAILED or UNKNOWN message; nothing changed");
                }
            }
            default -> throw new WorkflowException("mail takes list, send or retry, not '" + verb + "'");
        }
        return ExitCodes.ASSESSED;
    }

    private void send(Outbox outbox, PrintWriter out) {
        SmtpSettings smtp = mail.settings().orElseThrow(() -> new WorkflowException("no SMTP configured: give --smtp-host "
                + "and --mail-from (or PARA_SMTP_HOST and PARA_MAIL_FROM)"));
        List<OutboxSender.Delivery> deliveries = new OutboxSender(outbox, smtp, Clock.systemUTC()).sendDue();
        for (OutboxSender.Delivery delivery : deliveries) {
            OutboxMessage m = delivery.message();
            out.println("#" + m.id() + " " + m.applicationId() + " to " + m.name() + " <" + m.to() + ">: " + m.subject() + ": "
                    + (delivery.status() == OutboxMessage.Status.SENT ? "sent" : delivery.status() + " (" + delivery.error() + ")"));
        }
        long waiting = outbox.messages(EnumSet.of(OutboxMessage.Status.PENDING)).size();
        long attention = outbox.messages(EnumSet.of(OutboxMessage.Status.FAILED, OutboxMessage.Status.UNKNOWN)).size();
        out.println((deliveries.isEmpty() ? "nothing was due" : "done") + "; " + waiting + " pending, " + attention
                + " failed or unknown" + (attention > 0 ? " ('para mail list' shows them)" : ""));
    }

    private void list(List<OutboxMessage> messages, PrintWriter out) {
        if (options.json) {
            ArrayNode array = new ObjectMapper().createArrayNode();
            for (OutboxMessage m : messages) {
                array.addObject().put("id", m.id()).put("messageId", m.messageId()).put("applicationId", m.applicationId())
                        .put("kind", m.kind().name()).put("to", m.to()).put("name", m.name()).put("subject", m.subject())
                        .put("status", m.status().name()).put("attempts", m.attempts())
                        .put("queuedAt", m.queuedAt().toString())
                        .put("nextAttemptAt", m.status() == OutboxMessage.Status.PENDING ? m.nextAttemptAt().toString() : null)
                        .put("lastError", m.lastError()).put("sentAt", m.sentAt() == null ? null : m.sentAt().toString());
            }
            out.println(array.toPrettyString());
            return;
        }
        if (messages.isEmpty()) {
            out.println(all ? "the outbox is empty" : "nothing pending, failed or unknown");
            return;
        }
        for (OutboxMessage m : messages) {
            out.printf("#%-4d %-8s %-10s %-20s %s <%s>: %s%n", m.id(), m.status(), m.applicationId(), m.kind().word(), m.name(),
                    m.to(), m.subject());
            String detail = switch (m.status()) {
                case PENDING -> m.attempts() == 0 ? "queued " + m.queuedAt() : m.attempts() + " attempt(s), next " + m.nextAttemptAt();
                case SENDING -> "being sent, held until " + m.leaseUntil();
                case SENT -> "sent " + m.sentAt();
                case FAILED -> "not retried; 'para mail retry " + m.id() + "' once the cause is fixed";
                case UNKNOWN -> "may have arrived: ask the recipient, then 'para mail retry " + m.id() + "' if it did not";
            };
            out.println("      " + detail + (m.lastError() == null ? "" : "; last error: " + m.lastError()));
        }
    }
}
