package org.mla.para.cli;

import java.util.Optional;
import org.mla.para.mail.SmtpSettings;
import org.mla.para.workflow.WorkflowException;
import picocli.CommandLine.Option;

/** Where e-mail goes: the SMTP server, by options or the environment; the password from the environment only. */
final class MailOptions {

    static final String PASSWORD_VARIABLE = "PARA_SMTP_PASSWORD";

    @Option(names = "--smtp-host", paramLabel = "HOST", defaultValue = "${env:PARA_SMTP_HOST}",
            description = "the SMTP server that delivers the messages (default: $PARA_SMTP_HOST); without one, "
                    + "messages stay queued")
    String host;

    @Option(names = "--smtp-port", paramLabel = "PORT", defaultValue = "${env:PARA_SMTP_PORT:-587}",
            description = "its port (default: $PARA_SMTP_PORT, or ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--smtp-starttls", paramLabel = "yes|no", defaultValue = "${env:PARA_SMTP_STARTTLS:-yes}",
            description = "require STARTTLS before sending (default: $PARA_SMTP_STARTTLS, or ${DEFAULT-VALUE})")
    String startTls;

    @Option(names = "--smtp-user", paramLabel = "USER", defaultValue = "${env:PARA_SMTP_USER}",
            description = "the SMTP user (default: $PARA_SMTP_USER); the password comes from $" + PASSWORD_VARIABLE + " only")
    String user;

    @Option(names = "--mail-from", paramLabel = "ADDRESS", defaultValue = "${env:PARA_MAIL_FROM}",
            description = "the sender address, e.g. \"PARA Review Board <para@masslib.org>\" (default: $PARA_MAIL_FROM)")
    String from;

    /**
     * The settings, when an SMTP server is configured.
     *
     * @throws WorkflowException naming the option that is wrong or missing
     */
    Optional<SmtpSettings> settings() {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        if (from == null || from.isBlank()) {
            throw new WorkflowException("--mail-from (or PARA_MAIL_FROM) is needed with --smtp-host: the address the "
                    + "messages come from");
        }
        if (!startTls.equals("yes") && !startTls.equals("no")) {
            throw new WorkflowException("--smtp-starttls must be yes or no (was '" + startTls + "')");
        }
        String password = System.getenv(PASSWORD_VARIABLE);
        if (user != null && (password == null || password.isEmpty())) {
            throw new WorkflowException("--smtp-user (or PARA_SMTP_USER) is given, but " + PASSWORD_VARIABLE
                    + " is not set: the password comes from the environment only");
        }
        return Optional.of(new SmtpSettings(host.strip(), port, startTls.equals("yes"), user, user == null ? null : password,
                from.strip()));
    }
}
