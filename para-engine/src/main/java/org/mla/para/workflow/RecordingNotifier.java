package org.mla.para.workflow;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** A {@link Notifier} that keeps what it is sent, for tests. Thread-safe. */
@API(status = API.Status.STABLE, since = "0.2")
public final class RecordingNotifier implements Notifier {

    private final List<Notification> sent = new ArrayList<>();

    @Override
    public synchronized void send(Notification notification) {
        sent.add(notification);
    }

    /** Everything sent so far, in order. */
    public synchronized List<Notification> sent() {
        return List.copyOf(sent);
    }

    /** What was sent about one application, in order. */
    public synchronized List<Notification> sentFor(String applicationId) {
        return sent.stream().filter(n -> n.applicationId().equals(applicationId)).toList();
    }
}
