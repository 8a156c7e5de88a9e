package org.mla.para.workflow;

import org.apiguardian.api.API;

/**
 * Delivers notifications; the embedding system implements it (e-mail, the membership system).
 * The workflow calls it after the event is recorded, so a refused or conflicting action sends
 * nothing. A notifier that throws does not undo the recorded event: the workflow logs the
 * failure (WARN, without personal data) and returns normally; delivery and its retries are
 * the notifier's own (an outbox of the host's, say).
 */
@API(status = API.Status.STABLE, since = "0.2")
@FunctionalInterface
public interface Notifier {

    void send(Notification notification);
}
