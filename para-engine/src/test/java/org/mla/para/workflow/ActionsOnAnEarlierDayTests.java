package org.mla.para.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mla.para.workflow.WorkflowFixtures.ENGINE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@code workflow.on(day)}: an action entered after the fact is dated the day it happened, in order with the rest. */
class ActionsOnAnEarlierDayTests {

    private final WorkflowFixtures.TestClock clock = new WorkflowFixtures.TestClock(LocalDate.parse("2025-09-10"));
    private final InMemoryApplicationStore store = new InMemoryApplicationStore();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ParaWorkflow workflow = ParaWorkflow.builder().engine(ENGINE).store(store).clock(clock).notifier(notifier).build();

    @Test
    void anActionOnAnEarlierDayIsDatedThatDayAndSharesTheStoreAndTheNotifier() {
        String id = workflow.on(WorkflowFixtures.REGISTERED).register(WorkflowFixtures.registration(), "chair").id();
        ParaWorkflow earlier = workflow.on(LocalDate.parse("2025-09-05"));

        Application withdrawn = earlier.withdraw(id, "moved away", "chair");

        assertThat(withdrawn.history()).extracting(e -> LocalDate.ofInstant(e.at(), org.mla.para.engine.ParaEngine.PROGRAM_ZONE))
                .containsExactly(WorkflowFixtures.REGISTERED, LocalDate.parse("2025-09-05"));
        assertThat(earlier.today()).isEqualTo(LocalDate.parse("2025-09-05"));
        assertThat(workflow.today()).as("the workflow it came from keeps its clock").isEqualTo(LocalDate.parse("2025-09-10"));
        assertThat(withdrawn.state()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(workflow.application(id).state()).as("one store").isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(workflow.on(workflow.today())).as("today is this workflow").isSameAs(workflow);
    }

    @Test
    void anActionBeforeTheApplicationsLastEventIsRefusedAsWithTheCommandLinesToday() {
        String id = workflow.register(WorkflowFixtures.registration(), "chair").id();

        assertThatThrownBy(() -> workflow.on(LocalDate.parse("2025-08-31")).withdraw(id, "moved away", "chair"))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("record actions in the order they happened");
        assertThat(workflow.application(id).state()).isEqualTo(ApplicationState.REGISTERED);
    }
}
