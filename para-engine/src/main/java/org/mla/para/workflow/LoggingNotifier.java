package org.mla.para.workflow;

import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Notifier} that only logs: the kind and application at INFO, the recipient and the
 * text at DEBUG (personal data stays out of INFO logs).
 */
@API(status = API.Status.STABLE, since = "0.2")
public final class LoggingNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifier.class);

    @Override
    public void send(Notification notification) {
        LOG.info("notification {} for application {}", notification.kind(), notification.applicationId());
        LOG.debug("to {} <{}>: {}\n{}", notification.name(), notification.to(), notification.subject(), notification.text());
    }
}
