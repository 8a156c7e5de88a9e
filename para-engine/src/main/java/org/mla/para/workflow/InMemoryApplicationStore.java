package org.mla.para.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apiguardian.api.API;

/** An {@link ApplicationStore} in memory: for tests, trials and hosts that keep their own records. */
@API(status = API.Status.STABLE, since = "0.2")
public final class InMemoryApplicationStore implements ApplicationStore {

    private final Map<String, List<ApplicationEvent>> histories = new LinkedHashMap<>();
    private final TreeSet<LocalDate> meetings = new TreeSet<>();

    @Override
    public synchronized void append(ApplicationEvent event) {
        List<ApplicationEvent> history = histories.getOrDefault(event.applicationId(), List.of());
        if (event.sequence() != history.size() + 1) {
            throw new ConcurrentChangeException(event.applicationId(), event.sequence());
        }
        histories.computeIfAbsent(event.applicationId(), id -> new ArrayList<>()).add(event);
    }

    @Override
    public synchronized List<ApplicationEvent> events(String applicationId) {
        return List.copyOf(histories.getOrDefault(applicationId, List.of()));
    }

    @Override
    public synchronized List<String> applicationIds() {
        return List.copyOf(histories.keySet());
    }

    @Override
    public synchronized void addMeeting(LocalDate date) {
        meetings.add(date);
    }

    @Override
    public synchronized boolean removeMeeting(LocalDate date) {
        return meetings.remove(date);
    }

    @Override
    public synchronized List<LocalDate> meetings() {
        return List.copyOf(meetings);
    }
}
