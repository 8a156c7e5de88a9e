package org.mla.para.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mla.para.workflow.WorkflowFixtures.ENGINE;
import static org.mla.para.workflow.WorkflowFixtures.fee;
import static org.mla.para.workflow.WorkflowFixtures.levelOne;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mla.para.engine.InvalidPortfolioException;
import org.mla.para.engine.ParaJson;
import org.mla.para.engine.Problem;
import org.mla.para.model.HeldLevel;
import org.mla.para.model.Portfolio;

/** A submission's prior levels are checked against PARA's record, and the assessment takes the record's dates. */
class PriorLevelsTests {

    private static final LocalDate SUBMITTED = LocalDate.parse("2026-02-10");
    private static final LocalDate MEETING = LocalDate.parse("2026-03-10");

    private final WorkflowFixtures.TestClock clock = new WorkflowFixtures.TestClock(SUBMITTED);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private ParaWorkflow workflow;

    @BeforeEach
    void newWorkflow() {
        workflow = ParaWorkflow.builder().engine(ENGINE).store(new InMemoryApplicationStore()).clock(clock).notifier(notifier)
                .build();
        workflow.addMeeting(MEETING);
    }

    /** Jane's Level 1 certificate, issued by PARA on 2026-04-02. */
    private LocalDate certifyLevelOne(String applicant) {
        clock.set(SUBMITTED);
        String id = workflow.register(WorkflowFixtures.registration(applicant), "chair").id();
        workflow.submit(id, levelOne(true, applicant), fee(workflow.policy(), SUBMITTED), "chair");
        workflow.schedule(id, "chair");
        clock.set(MEETING);
        workflow.openReview(id, "board");
        workflow.decide(id, Outcome.PRELIMINARY_APPROVAL, List.of(), null, "board");
        workflow.approve(id, "MLA", "MBLC", "chair");
        clock.set(LocalDate.parse("2026-04-02"));
        return workflow.issue(id, "chair").certificate().issuedOn();
    }

    private String registerLevelTwo(String applicant) {
        return workflow.register(new Registration(applicant, "Jane Doe", "jane.doe@example.org", 2, WorkflowFixtures.REGISTERED), "chair").id();
    }

    private static Portfolio levelTwo(String applicant, HeldLevel... held) {
        Portfolio one = levelOne(true, applicant);
        return new Portfolio(one.applicant(), 2, one.registeredOn(), null, List.of(held), one.claims());
    }

    private Portfolio assessedPortfolio(Application application) {
        return ParaJson.readPortfolio(application.submission().portfolioJson());
    }

    @Test
    void aLevelTwoApplicantWhoHoldsLevelOneByPARAsRecordIsAccepted() {
        LocalDate awarded = certifyLevelOne("A-1001");
        clock.set(LocalDate.parse("2026-05-01"));
        String id = workflow.register(new Registration("A-1001", "Jane Doe", "jane.doe@example.org", 2,
                LocalDate.parse("2026-04-20")), "chair").id();
        Portfolio portfolio = levelTwo("A-1001", new HeldLevel(1, awarded));
        Portfolio withRegistration = new Portfolio(portfolio.applicant(), 2, LocalDate.parse("2026-04-20"), null,
                portfolio.heldLevels(), portfolio.claims());

        Application submitted = workflow.submit(id, withRegistration, fee(workflow.policy(), workflow.today()), "chair");

        assertThat(submitted.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(assessedPortfolio(submitted).heldLevels()).containsExactly(new HeldLevel(1, awarded));
        assertThat(submitted.submittedAssessment().orElseThrow().requirements().get(0).met()).as("PREREQUISITE").isTrue();
    }

    @Test
    void aLevelDeclaredFalselyIsRefusedNamingTheLevelAndWhatTheRecordSays() {
        clock.set(LocalDate.parse("2026-05-01"));
        String id = registerLevelTwo("A-2002");
        assertThatThrownBy(() -> workflow.submit(id, levelTwo("A-2002", new HeldLevel(1, LocalDate.parse("2020-06-01"))),
                fee(workflow.policy(), workflow.today()), "chair"))
                .isInstanceOf(InvalidPortfolioException.class)
                .satisfies(e -> assertThat(((InvalidPortfolioException) e).problems()).extracting(Problem::toString)
                        .containsExactly("heldLevels[0].level: Level 1 is not in PARA's record for applicant A-2002 (the record "
                                + "holds no level for them); MLA can import a certificate from before PARA ('para recipients "
                                + "import'), or the Review Board can accept the level ('para submit ... "
                                + "--accept-unrecorded-level 1 --reason ...')"));
        assertThat(workflow.application(id).history()).as("nothing recorded").hasSize(1);

        LocalDate awarded = certifyLevelOne("A-3003");
        String other = registerLevelTwo("A-3003");
        assertThatThrownBy(() -> workflow.submit(other, levelTwo("A-3003", new HeldLevel(1, awarded.minusYears(1))),
                fee(workflow.policy(), workflow.today()), "chair"))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining("heldLevels[0].awardedOn: Level 1 was awarded on " + awarded + " according to PARA's "
                        + "record (PARA certificate of application PARA-0002), not on " + awarded.minusYears(1));
    }

    @Test
    void aLevelImportedFromTheHistoricalListIsAcceptedAndTheRecordsDateIsAssessed() {
        workflow.importHistoricalCertificates(List.of(
                new HistoricalCertificate("A-4004", "Ann Lee", 1, 2023, LocalDate.parse("2023-05-04"), "MLA recipients list"),
                new HistoricalCertificate("A-5005", "Bo Chan", 1, 2022, null, "MLA recipients list")));
        clock.set(LocalDate.parse("2026-05-01"));
        String ann = registerLevelTwo("A-4004");
        Application annSubmitted = workflow.submit(ann, levelTwo("A-4004", new HeldLevel(1, LocalDate.parse("2023-05-04"))),
                fee(workflow.policy(), workflow.today()), "chair");
        assertThat(assessedPortfolio(annSubmitted).heldLevels()).containsExactly(new HeldLevel(1, LocalDate.parse("2023-05-04")));

        String bo = registerLevelTwo("A-5005");
        Application boSubmitted = workflow.submit(bo, levelTwo("A-5005", new HeldLevel(1, LocalDate.parse("2022-09-15"))),
                fee(workflow.policy(), workflow.today()), "chair");
        assertThat(assessedPortfolio(boSubmitted).heldLevels()).as("the record knows the year: the day given in it stands")
                .containsExactly(new HeldLevel(1, LocalDate.parse("2022-09-15")));
        assertThat(workflow.recipients()).contains(new Recipient("Ann Lee", 1, 2023), new Recipient("Bo Chan", 1, 2022));
    }

    @Test
    void aLevelTheRecordHoldsButThePortfolioLeavesOutIsAssessedWithTheRecordsDate() {
        workflow.importHistoricalCertificates(List.of(
                new HistoricalCertificate("A-4004", "Ann Lee", 1, 2024, LocalDate.parse("2024-05-04"), "MLA recipients list")));
        clock.set(LocalDate.parse("2026-05-01"));
        String ann = registerLevelTwo("A-4004");
        Application submitted = workflow.submit(ann, levelTwo("A-4004"), fee(workflow.policy(), workflow.today()), "chair");
        assertThat(assessedPortfolio(submitted).heldLevels()).containsExactly(new HeldLevel(1, LocalDate.parse("2024-05-04")));
        assertThat(submitted.submittedAssessment().orElseThrow().claim("j1").orElseThrow().points())
                .as("employment in 2022-2023 is before the Level 1 award: outside the window").isZero();
    }

    @Test
    void theBoardCanAcceptAnUnrecordedLevelWithAReasonThatIsAnEvent() {
        clock.set(LocalDate.parse("2026-05-01"));
        String id = registerLevelTwo("A-6006");
        Portfolio portfolio = levelTwo("A-6006", new HeldLevel(1, LocalDate.parse("2019-05-01")));
        assertThatThrownBy(() -> workflow.submit(id, portfolio, fee(workflow.policy(), workflow.today()),
                List.of(new ParaWorkflow.PriorLevelAcceptance(1, " ")), "board"))
                .hasMessageContaining("without a reason");

        Application submitted = workflow.submit(id, portfolio, fee(workflow.policy(), workflow.today()),
                List.of(new ParaWorkflow.PriorLevelAcceptance(1, "The 2019 certificate was shown to the Board")), "board");

        assertThat(submitted.history()).extracting(ApplicationEvent::action)
                .containsExactly(Action.REGISTER, Action.ACCEPT_PRIOR_LEVEL, Action.SUBMIT);
        assertThat(submitted.history().get(1).change()).isEqualTo(new Change.PriorLevelAccepted(1, workflow.today(),
                "The 2019 certificate was shown to the Board"));
        assertThat(assessedPortfolio(submitted).heldLevels()).containsExactly(new HeldLevel(1, LocalDate.parse("2019-05-01")));
    }

    @Test
    void anAcceptanceIsRecordedOnlyWhenTheSubmissionPasses() {
        clock.set(LocalDate.parse("2026-05-01"));
        String id = registerLevelTwo("A-7007");
        assertThatThrownBy(() -> workflow.submit(id, levelTwo("A-7007", new HeldLevel(1, LocalDate.parse("2019-05-01"))), null,
                List.of(new ParaWorkflow.PriorLevelAcceptance(1, "seen")), "board"))
                .hasMessageContaining("application fee");
        assertThat(workflow.application(id).history()).hasSize(1);
    }

    @Test
    void oneOpenApplicationPerApplicantAndLevel() {
        String first = workflow.register(WorkflowFixtures.registration(), "chair").id();
        assertThatThrownBy(() -> workflow.register(WorkflowFixtures.registration(), "website"))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("cannot register applicant A-1001 for Level 1: application " + first
                        + " for that level is open (REGISTERED); continue it, or withdraw it first");
        assertThat(workflow.applications()).hasSize(1);
        assertThat(workflow.register(new Registration("A-1001", "Jane Doe", null, 2, WorkflowFixtures.REGISTERED), "chair").id())
                .as("another level is another application").isNotEqualTo(first);
        workflow.withdraw(first, "registered twice by mistake", "chair");
        assertThat(workflow.register(WorkflowFixtures.registration(), "chair").state()).isEqualTo(ApplicationState.REGISTERED);
    }
}
