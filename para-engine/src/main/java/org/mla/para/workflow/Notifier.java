package org.mla.para.workflow;

import org.apiguardian.api.API;

/**
 * Is told of each message an action sends, after the event and the message are recorded
 * together (the message in the store's {@link Outbox}, when it keeps one, for a sender to
 * deliver), so a refused or conflicting action tells nothing. The command line prints what
 * was queued; a host may mirror messages elsewhere (its membership system). A notifier that
 * throws does not undo the recorded event: the workflow logs the failure (WARN, without
 * personal data) and returns normally. With a store that keeps no outbox, delivery is the
 * notifier's own.
 */
@API(status = API.Status.STABLE, since = "0.2")
@FunctionalInterface
public interface Notifier {

    void send(Notification notification);
}
