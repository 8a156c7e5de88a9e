package org.mla.para.store.jdbc;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.mla.para.workflow.Application;
import org.mla.para.workflow.Outcome;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.RecordingNotifier;
import org.mla.para.workflow.WorkflowFixtures;

/**
 * Run in a child JVM by {@link KilledProcessTests}: takes application after application
 * through the workflow on an H2 file, printing {@code done ID SEQUENCE} after each recorded
 * transition, until it is killed.
 */
public final class TransitionsUntilKilled {

    private TransitionsUntilKilled() {
    }

    public static void main(String[] args) {
        WorkflowFixtures.TestClock clock = new WorkflowFixtures.TestClock(LocalDate.parse("2026-02-10"));
        ParaWorkflow workflow = ParaWorkflow.builder().engine(WorkflowFixtures.ENGINE)
                .store(JdbcApplicationStore.h2File(Path.of(args[0]))).clock(clock).notifier(new RecordingNotifier()).build();
        workflow.addMeeting(LocalDate.parse("2026-03-10"));
        System.out.println("ready");
        while (true) {
            clock.set(LocalDate.parse("2026-02-10"));
            String id = report(workflow.register(WorkflowFixtures.registration(), "chair")).id();
            report(workflow.submit(id, WorkflowFixtures.levelOne(true), WorkflowFixtures.fee(workflow.policy(), workflow.today()),
                    "chair"));
            report(workflow.schedule(id, "chair"));
            clock.set(LocalDate.parse("2026-03-10"));
            report(workflow.openReview(id, "board"));
            report(workflow.decide(id, Outcome.PRELIMINARY_APPROVAL, List.of(), null, "board"));
            report(workflow.approve(id, "MLA", "MBLC", "chair"));
            report(workflow.issue(id, "chair"));
        }
    }

    private static Application report(Application application) {
        System.out.println("done " + application.id() + " " + application.version());
        System.out.flush();
        return application;
    }
}
