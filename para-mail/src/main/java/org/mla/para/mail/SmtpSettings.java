package org.mla.para.mail;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where and as whom the outbox sender delivers: the SMTP server and the sender address.
 *
 * @param host     the SMTP server
 * @param port     its port (587 for submission with STARTTLS, 25 for plain relay)
 * @param startTls whether the connection must be upgraded with STARTTLS before anything is sent
 *                 (refused, not sent in clear, when the server does not offer it)
 * @param user     the user to authenticate as; {@code null} for none
 * @param password the password; {@code null} for none. Never printed by {@link #toString()}
 * @param from     the sender address of every message, such as {@code "PARA Review Board <para@masslib.org>"}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public record SmtpSettings(String host, int port, boolean startTls, String user, String password, String from) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
    }

    @Override
    public String toString() {
        return "smtp://" + (user == null ? "" : user + "@") + host + ":" + port + (startTls ? " (STARTTLS)" : "")
                + ", from " + from;
    }
}
