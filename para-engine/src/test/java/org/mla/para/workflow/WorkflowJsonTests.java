package org.mla.para.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.workflow.WorkflowFixtures.ENGINE;
import static org.mla.para.workflow.WorkflowFixtures.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Claim;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Workshop;
import org.mla.para.workflow.WorkflowFixtures.TestClock;

/** Every kind of change reads back equal from the JSON a database store keeps. */
class WorkflowJsonTests {

    @Test
    void everyChangeOfARealHistoryReadsBackEqual() {
        TestClock clock = new TestClock(LocalDate.parse("2026-02-10"));
        ParaWorkflow workflow = ParaWorkflow.builder().engine(ENGINE).store(new InMemoryApplicationStore()).clock(clock)
                .notifier(new RecordingNotifier()).build();
        workflow.addMeeting(LocalDate.parse("2026-03-10"));
        List<Claim> claims = new ArrayList<>(WorkflowFixtures.levelOne(true).claims());
        claims.add(new Workshop("w2", "Half hours", "GENERAL", LocalDate.parse("2025-04-01"), new BigDecimal("1.50"),
                List.of(EvidenceKind.CERTIFICATE)));
        Portfolio portfolio = WorkflowFixtures.levelOne(true).withClaims(claims);
        String id = workflow.register(registration(), "chair").id();
        workflow.submit(id, portfolio, new FeePayment(new BigDecimal("25.00"), clock.instant().atZone(clock.getZone())
                .toLocalDate(), null), "chair");
        workflow.schedule(id, "chair");
        clock.set(LocalDate.parse("2026-03-10"));
        workflow.openReview(id, "board");
        workflow.decide(id, Outcome.PRELIMINARY_APPROVAL, List.of(Adjustment.setPoints("w2", 5, "r", "R"),
                Adjustment.moveToArea("w1", "GENERAL", "r", "R")), null, "board");
        workflow.approve(id, "MLA", "MBLC", "chair");
        workflow.issue(id, "chair");
        String other = workflow.register(new Registration("A-2002", "Ann Lee", null, 2, WorkflowFixtures.REGISTERED), "chair").id();
        workflow.acceptPriorLevel(other, 1, "the 2009 certificate was shown to the Board", "board");
        workflow.withdraw(other, "moved away", "chair");

        List<ApplicationEvent> events = new ArrayList<>(workflow.application(id).history());
        events.addAll(workflow.application(other).history());
        assertThat(events).extracting(ApplicationEvent::action).contains(Action.values());
        for (ApplicationEvent event : events) {
            assertThat(WorkflowJson.readChange(event.action(), WorkflowJson.writeChange(event.change())))
                    .as(event.action().word()).isEqualTo(event.change());
        }
        Change.Submitted submitted = (Change.Submitted) events.get(1).change();
        assertThat(submitted.portfolioJson()).contains("1.50");
        assertThat(WorkflowJson.readChange(Action.SUBMIT, WorkflowJson.writeChange(submitted)))
                .extracting(c -> ((Change.Submitted) c).fee().amount().toString()).isEqualTo("25.00");
    }
}
