package org.mla.para.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mla.para.workflow.WorkflowFixtures.ENGINE;
import static org.mla.para.workflow.WorkflowFixtures.fee;
import static org.mla.para.workflow.WorkflowFixtures.levelOne;
import static org.mla.para.workflow.WorkflowFixtures.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mla.para.engine.InvalidPortfolioException;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Claim;
import org.mla.para.model.Note;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Presentation;
import org.mla.para.workflow.WorkflowFixtures.TestClock;

class ParaWorkflowTests {

    private static final LocalDate SUBMITTED = LocalDate.parse("2026-02-10");
    private static final LocalDate MEETING = LocalDate.parse("2026-03-10");

    private final TestClock clock = new TestClock(SUBMITTED);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private InMemoryApplicationStore store;
    private ParaWorkflow workflow;

    @BeforeEach
    void newWorkflow() {
        store = new InMemoryApplicationStore();
        workflow = ParaWorkflow.builder().engine(ENGINE).store(store).clock(clock).notifier(notifier).build();
        workflow.addMeeting(MEETING);
    }

    @Test
    void anApplicationGoesFromRegistrationToCertificateAndJoinsTheRecipients() {
        Application registered = workflow.register(registration(), "chair");
        assertThat(registered.id()).isEqualTo("PARA-0001");
        assertThat(registered.state()).isEqualTo(ApplicationState.REGISTERED);

        Application submitted = workflow.submit(registered.id(), levelOne(true), fee(workflow.policy(), SUBMITTED), "chair");
        assertThat(submitted.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(submitted.submittedAssessment().orElseThrow().eligible()).isTrue();
        assertThat(submitted.submittedAssessment().orElseThrow().asOf()).isEqualTo(SUBMITTED);
        assertThat(notifier.sentFor(registered.id())).extracting(Notification::kind)
                .containsExactly(Notification.Kind.REGISTRATION, Notification.Kind.RECEIPT);
        assertThat(notifier.sent().get(1).to()).isEqualTo("jane.doe@example.org");

        Application scheduled = workflow.schedule(registered.id(), "chair");
        assertThat(scheduled.scheduled().meeting()).isEqualTo(MEETING);
        assertThat(scheduled.decisionDueOn()).isEqualTo(MEETING.plusDays(workflow.policy().decisionDueDays()));

        clock.set(MEETING);
        workflow.openReview(registered.id(), "chair");
        Application decided = workflow.decide(registered.id(), Outcome.PRELIMINARY_APPROVAL, List.of(), "Well documented.", "board");
        assertThat(decided.state()).isEqualTo(ApplicationState.RECOMMENDED);
        assertThat(decided.decisionDueOn()).isNull();
        Application approved = workflow.approve(registered.id(), "M. Alvarez, MLA President", "J. Park, MBLC Chair", "chair");
        assertThat(approved.approval().mblcSignature()).isEqualTo("J. Park, MBLC Chair");
        clock.set(LocalDate.parse("2026-04-02"));
        Application certified = workflow.issue(registered.id(), "chair");

        assertThat(certified.state()).isEqualTo(ApplicationState.CERTIFIED);
        assertThat(certified.certificate()).isEqualTo(new Certificate("PARA-0001", "Jane Doe", 1,
                LocalDate.parse("2026-04-02"), true, 2026)); // submitted Feb 10: by March 1, so at the 2026 conference
        assertThat(workflow.recipients()).containsExactly(new Recipient("Jane Doe", 1, 2026));
        assertThat(notifier.sentFor(registered.id())).extracting(Notification::kind)
                .containsExactly(Notification.Kind.REGISTRATION, Notification.Kind.RECEIPT, Notification.Kind.SCHEDULED,
                        Notification.Kind.DECISION, Notification.Kind.CERTIFICATE);
        assertThat(certified.history()).extracting(ApplicationEvent::action).containsExactly(Action.REGISTER, Action.SUBMIT,
                Action.SCHEDULE, Action.OPEN_REVIEW, Action.DECIDE, Action.APPROVE, Action.ISSUE);
        assertThat(certified.history()).extracting(ApplicationEvent::actor)
                .containsExactly("chair", "chair", "chair", "chair", "board", "chair", "chair");
        assertThat(Application.replay(store.events(registered.id()))).isEqualTo(certified);
    }

    // --- transitions ----------------------------------------------------------------------

    private int reached;

    /** Every state, reached by legal actions from a registration. */
    private Application reach(ApplicationState state) {
        clock.set(SUBMITTED);
        // One open application per applicant and level: the first is Jane's, the others new applicants'.
        String applicant = reached++ == 0 ? WorkflowFixtures.APPLICANT : "A-" + (2000 + reached);
        String id = workflow.register(registration(applicant), "chair").id();
        switch (state) {
            case REGISTERED -> { }
            case WITHDRAWN -> workflow.withdraw(id, "moved away", "chair");
            default -> {
                workflow.submit(id, levelOne(true, applicant), fee(workflow.policy(), SUBMITTED), "chair");
                if (state != ApplicationState.SUBMITTED) {
                    workflow.schedule(id, "chair");
                }
                if (state.compareTo(ApplicationState.SCHEDULED) > 0) {
                    clock.set(MEETING);
                    workflow.openReview(id, "board");
                }
                switch (state) {
                    case RECOMMENDED, APPROVED, CERTIFIED -> workflow.decide(id, Outcome.PRELIMINARY_APPROVAL, List.of(), null, "board");
                    case REVISIONS_REQUESTED -> workflow.decide(id, Outcome.REVISIONS_REQUESTED, List.of(), "Add evidence.", "board");
                    case NOT_APPROVED -> workflow.decide(id, Outcome.NOT_APPROVED, List.of(), null, "board");
                    default -> { }
                }
                if (state == ApplicationState.APPROVED || state == ApplicationState.CERTIFIED) {
                    workflow.approve(id, "MLA", "MBLC", "chair");
                }
                if (state == ApplicationState.CERTIFIED) {
                    workflow.issue(id, "chair");
                }
            }
        }
        Application application = workflow.application(id);
        assertThat(application.state()).isEqualTo(state);
        return application;
    }

    /** Performs {@code action} on {@code id} with whatever it needs to succeed in a state that allows it. */
    private Application perform(String id, Action action, Outcome outcome) {
        return switch (action) {
            case REGISTER -> throw new IllegalArgumentException("register creates an application");
            case SUBMIT -> workflow.submit(id, levelOne(true, workflow.application(id).registration().applicantId()),
                    fee(workflow.policy(), workflow.today()), "chair");
            case SCHEDULE -> workflow.schedule(id, "chair");
            case OPEN_REVIEW -> {
                clock.set(MEETING);
                yield workflow.openReview(id, "board");
            }
            case DECIDE -> workflow.decide(id, outcome, List.of(), null, "board");
            case APPROVE -> workflow.approve(id, "MLA", "MBLC", "chair");
            case ISSUE -> workflow.issue(id, "chair");
            case WITHDRAW -> workflow.withdraw(id, "changed jobs", "chair");
            case ACCEPT_PRIOR_LEVEL -> workflow.acceptPriorLevel(id, 1, "certificate seen", "board");
        };
    }

    static Stream<Arguments> legalTransitions() {
        List<Arguments> all = new ArrayList<>();
        for (ApplicationState from : ApplicationState.values()) {
            for (Action action : from.allowedActions()) {
                if (action == Action.DECIDE) {
                    for (Outcome outcome : Outcome.values()) {
                        all.add(Arguments.of(from, action, outcome));
                    }
                } else {
                    all.add(Arguments.of(from, action, null));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} --{1} {2}--> allowed")
    @MethodSource("legalTransitions")
    void everyLegalTransitionLeadsWhereTheWorkflowSays(ApplicationState from, Action action, Outcome outcome) {
        Application before = reach(from);
        Application after = perform(before.id(), action, outcome);
        assertThat(after.state()).isEqualTo(from.after(action, outcome));
        assertThat(after.history()).hasSize(before.history().size() + 1);
        ApplicationEvent last = after.history().get(after.history().size() - 1);
        assertThat(last.from()).isEqualTo(from);
        assertThat(last.to()).isEqualTo(after.state());
    }

    static Stream<Arguments> illegalTransitions() {
        List<Arguments> all = new ArrayList<>();
        for (ApplicationState from : ApplicationState.values()) {
            for (Action action : EnumSet.complementOf(EnumSet.of(Action.REGISTER))) {
                if (!from.allowedActions().contains(action) && from.after(action, null) == null) {
                    all.add(Arguments.of(from, action));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @MethodSource("illegalTransitions")
    void everyIllegalTransitionIsRefusedNamingTheStateAndChangesNothing(ApplicationState from, Action action) {
        Application before = reach(from);
        int sent = notifier.sent().size();
        assertThatThrownBy(() -> perform(before.id(), action, Outcome.PRELIMINARY_APPROVAL))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("cannot " + action.word())
                .hasMessageContaining("it is " + from)
                .hasMessageContaining("allowed now: " + (from.isFinal() ? "none" : from.allowedActions().iterator().next().word()));
        assertThat(workflow.application(before.id())).isEqualTo(before);
        assertThat(notifier.sent()).hasSize(sent);
    }

    @Test
    void theTransitionTableIsTheSpecs() {
        assertThat(ApplicationState.REGISTERED.allowedActions()).containsExactlyInAnyOrder(Action.SUBMIT, Action.WITHDRAW);
        assertThat(ApplicationState.UNDER_REVIEW.after(Action.DECIDE, Outcome.NOT_APPROVED)).isEqualTo(ApplicationState.NOT_APPROVED);
        assertThat(ApplicationState.RECOMMENDED.after(Action.WITHDRAW, null)).as("no withdrawal after a decision").isNull();
        assertThat(EnumSet.of(ApplicationState.CERTIFIED, ApplicationState.NOT_APPROVED, ApplicationState.WITHDRAWN))
                .allMatch(ApplicationState::isFinal);
    }

    // --- submission -----------------------------------------------------------------------

    @Test
    void aSubmissionWithoutTheFeeOrForAnotherLevelIsRefusedAndNothingIsSent() {
        String id = workflow.register(registration(), "chair").id();
        assertThatThrownBy(() -> workflow.submit(id, levelOne(true), null, "chair"))
                .hasMessageContaining("application fee of " + workflow.policy().applicationFee() + " is not recorded as paid");
        BigDecimal less = workflow.policy().applicationFee().subtract(BigDecimal.ONE);
        assertThatThrownBy(() -> workflow.submit(id, levelOne(true), new FeePayment(less, SUBMITTED, null), "chair"))
                .hasMessageContaining("is less than the application fee");
        assertThatThrownBy(() -> workflow.submit(id, levelOne(true).withTargetLevel(2), fee(workflow.policy(), SUBMITTED), "chair"))
                .hasMessageContaining("targetLevel is 2, but the applicant registered for Level 1");
        assertThat(workflow.application(id).state()).isEqualTo(ApplicationState.REGISTERED);
        assertThat(workflow.application(id).history()).hasSize(1);
        assertThat(notifier.sent()).extracting(Notification::kind).containsExactly(Notification.Kind.REGISTRATION);
    }

    @Test
    void anInvalidPortfolioIsRefusedWithItsProblems() {
        String id = workflow.register(registration(), "chair").id();
        Portfolio invalid = levelOne(true).withClaims(List.of());
        assertThatThrownBy(() -> workflow.submit(id, invalid, fee(workflow.policy(), SUBMITTED), "chair"))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining("claims");
        assertThat(workflow.application(id).history()).hasSize(1);
    }

    @Test
    void theRegistrationItselfIsChecked() {
        assertThatThrownBy(() -> workflow.register(new Registration("A-1", " ", null, 5, null), "chair"))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("name")
                .hasMessageContaining("targetLevel: must be between 1 and 4 (was 5)")
                .hasMessageContaining("registeredOn");
        assertThat(workflow.applications()).isEmpty();
    }

    // --- the Review Board calendar --------------------------------------------------------

    @ParameterizedTest(name = "submitted {0} days before a meeting: goes to the meeting {1} days later")
    @CsvSource({"7, 7", "8, 8", "6, 34", "0, 28"})
    void aPortfolioGoesToTheFirstMeetingAtLeastSevenDaysAfterItsSubmission(int daysBefore, int daysToMeeting) {
        store.removeMeeting(MEETING);
        LocalDate submitted = MEETING.minusDays(daysBefore);
        workflow.addMeeting(MEETING);
        workflow.addMeeting(MEETING.plusDays(28)); // the next one, four weeks later
        clock.set(submitted);
        String id = workflow.register(registration(), "chair").id();
        workflow.submit(id, levelOne(true), fee(workflow.policy(), submitted), "chair");
        assertThat(workflow.schedule(id, "chair").scheduled().meeting()).isEqualTo(submitted.plusDays(daysToMeeting));
    }

    @Test
    void noMeetingFarEnoughAheadIsAnErrorTheOperatorSees() {
        clock.set(MEETING.minusDays(6));
        String id = workflow.register(registration(), "chair").id();
        workflow.submit(id, levelOne(true), fee(workflow.policy(), workflow.today()), "chair");
        assertThatThrownBy(() -> workflow.schedule(id, "chair"))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("cannot schedule application PARA-0001: no Review Board meeting on or after 2026-03-11 (7 days after "
                        + "its submission on 2026-03-04); add a meeting to the calendar first");
        assertThat(workflow.application(id).state()).isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void anApplicationScheduledLateGoesToTheNextMeetingNotToOneAlreadyHeld() {
        String id = reach(ApplicationState.SUBMITTED).id();
        workflow.addMeeting(MEETING.plusDays(28));
        clock.set(MEETING.plusDays(1));
        assertThat(workflow.schedule(id, "chair").scheduled().meeting()).isEqualTo(MEETING.plusDays(28));
    }

    @Test
    void actionsAreRecordedInTheOrderTheyHappened() {
        String id = reach(ApplicationState.SUBMITTED).id();
        clock.set(SUBMITTED.minusDays(1));
        assertThatThrownBy(() -> workflow.withdraw(id, "gone", "chair"))
                .hasMessage("cannot withdraw application " + id + " on " + SUBMITTED.minusDays(1) + ": its last event (submit) "
                        + "is recorded on " + SUBMITTED + "; record actions in the order they happened");
    }

    @Test
    void aNotifierThatFailsDoesNotMakeARecordedActionLookUndone() {
        ParaWorkflow failing = ParaWorkflow.builder().engine(ENGINE).store(store).clock(clock)
                .notifier(n -> {
                    throw new IllegalStateException("mail server down");
                }).build();
        String id = failing.register(registration(), "chair").id();
        Application submitted = failing.submit(id, levelOne(true), fee(workflow.policy(), SUBMITTED), "chair");
        assertThat(submitted.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(workflow.application(id).state()).isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void applicationIdsContinueAfterTheHighestOneEvenWithGaps() {
        store.append(new ApplicationEvent("PARA-0007", 1, "import", clock.instant(), null, ApplicationState.REGISTERED,
                new Change.Registered(registration("A-0007"))));
        assertThat(workflow.register(registration(), "chair").id()).isEqualTo("PARA-0008");
    }

    @Test
    void todayIsMassachusettsDateWhateverTheClocksZone() {
        java.time.Clock utcEvening = java.time.Clock.fixed(java.time.Instant.parse("2026-03-02T02:00:00Z"), java.time.ZoneOffset.UTC);
        ParaWorkflow utc = ParaWorkflow.builder().engine(ENGINE).store(store).clock(utcEvening).notifier(notifier).build();
        assertThat(utc.today()).isEqualTo(LocalDate.parse("2026-03-01")); // 9 pm on March 1 in Boston
    }

    @Test
    void theReviewOpensNotBeforeTheMeeting() {
        String id = reach(ApplicationState.SCHEDULED).id();
        clock.set(MEETING.minusDays(1));
        assertThatThrownBy(() -> workflow.openReview(id, "board")).hasMessageContaining("before its meeting on " + MEETING);
    }

    // --- deadlines ------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} days after the meeting: overdue {1}")
    @CsvSource({"29, false", "30, false", "31, true"})
    void aDecisionIsOverdueMoreThanThirtyDaysAfterTheMeeting(int daysAfter, boolean overdue) {
        String id = reach(ApplicationState.UNDER_REVIEW).id();
        clock.set(MEETING.plusDays(daysAfter));
        Attention item = workflow.attention().stream().filter(a -> a.applicationId().equals(id)).findFirst().orElseThrow();
        assertThat(item.dueOn()).isEqualTo(MEETING.plusDays(30));
        assertThat(item.flags().contains(Attention.Flag.DECISION_OVERDUE)).isEqualTo(overdue);
    }

    @ParameterizedTest(name = "{0} days after submission: long review {1}")
    @CsvSource({"89, false", "90, false", "91, true"})
    void aReviewRunningMoreThanNinetyDaysSinceSubmissionIsFlagged(int daysAfter, boolean flagged) {
        String id = reach(ApplicationState.SCHEDULED).id();
        clock.set(SUBMITTED.plusDays(daysAfter));
        Attention item = workflow.attention().stream().filter(a -> a.applicationId().equals(id)).findFirst().orElseThrow();
        assertThat(item.flags().contains(Attention.Flag.LONG_REVIEW)).isEqualTo(flagged);
    }

    @Test
    void whatNeedsAttentionIsInDateOrderAndLeavesOutEndedApplications() {
        String certified = reach(ApplicationState.CERTIFIED).id();
        String underReview = reach(ApplicationState.UNDER_REVIEW).id();
        String registered = reach(ApplicationState.REGISTERED).id();
        String submitted = reach(ApplicationState.SUBMITTED).id();
        String recommended = reach(ApplicationState.RECOMMENDED).id();
        clock.set(MEETING.plusDays(40));
        List<Attention> items = workflow.attention();
        assertThat(items).extracting(Attention::applicationId)
                .containsExactly(submitted, recommended, underReview, registered)
                .doesNotContain(certified);
        assertThat(items).extracting(Attention::dueOn)
                .containsExactly(SUBMITTED, MEETING, MEETING.plusDays(30), null);
        assertThat(items.get(2).flags()).contains(Attention.Flag.DECISION_OVERDUE);
    }

    // --- the March 1 rule -----------------------------------------------------------------

    @ParameterizedTest(name = "submitted {0}: at the conference {1}")
    @CsvSource({"2027-02-28, true", "2028-02-29, true", "2027-03-01, true", "2028-03-01, true", "2027-03-02, false"})
    void aPortfolioSubmittedByMarchFirstHasItsCertificatePresentedAtThatYearsConference(LocalDate submitted, boolean atConference) {
        clock.set(submitted);
        workflow.addMeeting(submitted.plusDays(10));
        String id = workflow.register(registration(), "chair").id();
        workflow.submit(id, levelOne(true), fee(workflow.policy(), submitted), "chair");
        workflow.schedule(id, "chair");
        clock.set(submitted.plusDays(10));
        workflow.openReview(id, "board");
        workflow.decide(id, Outcome.PRELIMINARY_APPROVAL, List.of(), null, "board");
        workflow.approve(id, "MLA", "MBLC", "chair");
        Certificate certificate = workflow.issue(id, "chair").certificate();
        assertThat(certificate.atConference()).isEqualTo(atConference);
        assertThat(certificate.conferenceYear()).isEqualTo(atConference ? submitted.getYear() : null);
    }

    // --- decisions and adjustments --------------------------------------------------------

    @Test
    void aDisallowedClaimCanCostTheLevelAndThenApprovalIsRefused() {
        String id = reach(ApplicationState.UNDER_REVIEW).id();
        List<Adjustment> disallow = List.of(Adjustment.disallow("p1", "A staff meeting, not a presentation", "R. Okafor"));
        assertThatThrownBy(() -> workflow.decide(id, Outcome.PRELIMINARY_APPROVAL, disallow, null, "board"))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("does not meet Level 1 (")
                .hasMessageContaining("PROFESSIONAL_ACTIVITIES 0 of 10");
        assertThat(workflow.application(id).state()).isEqualTo(ApplicationState.UNDER_REVIEW);

        Application decided = workflow.decide(id, Outcome.REVISIONS_REQUESTED, disallow, "Add a presentation.", "board");
        assertThat(decided.submittedAssessment().orElseThrow().eligible()).isTrue();
        assertThat(decided.decidedAssessment().orElseThrow().eligible()).isFalse();
        assertThat(decided.decidedAssessment().orElseThrow().claim("p1").orElseThrow().rule()).isEqualTo("REVIEW-DISALLOW");
        assertThat(decided.decision().adjustments()).isEqualTo(disallow);
    }

    @Test
    void pointsSetByAReviewerCanEarnTheLevel() {
        clock.set(SUBMITTED);
        String id = workflow.register(registration(), "chair").id();
        workflow.submit(id, levelOne(false), fee(workflow.policy(), SUBMITTED), "chair");
        workflow.schedule(id, "chair");
        clock.set(MEETING);
        workflow.openReview(id, "board");
        assertThat(workflow.application(id).submittedAssessment().orElseThrow().eligible()).isFalse();

        Application decided = workflow.decide(id, Outcome.PRELIMINARY_APPROVAL,
                List.of(Adjustment.setPoints("p1", 10, "Program shown at the meeting", "L. Chen")), null, "board");

        assertThat(decided.state()).isEqualTo(ApplicationState.RECOMMENDED);
        assertThat(decided.decidedAssessment().orElseThrow().eligible()).isTrue();
        assertThat(decided.decidedAssessment().orElseThrow().claim("p1").orElseThrow().notes())
                .containsExactly(Note.NO_EVIDENCE, Note.POINTS_SET);
    }

    @Test
    void reviewerPointsThatADuplicateReducesAreCalledOutAndPointsThatCountAsSetAreNot() {
        Portfolio twice = levelOne(true);
        List<Claim> claims = new ArrayList<>(twice.claims());
        claims.add(new Presentation("p2", "Our  new MAKERSPACE ", "TECHNOLOGY", LocalDate.parse("2025-06-01"), List.of()));
        twice = twice.withClaims(claims);
        List<Adjustment> adjustments = List.of(
                Adjustment.setPoints("p2", 10, "Program shown at the meeting", "L. Chen"),
                Adjustment.setPoints("w1", 10, "Two hours, as the certificate says", "R. Okafor"),
                Adjustment.disallow("c1", "Transcript illegible", "R. Okafor"));

        Change.Decided decided = new Change.Decided(Outcome.REVISIONS_REQUESTED, SUBMITTED, adjustments,
                ENGINE.assess(twice, SUBMITTED, adjustments), null);

        assertThat(decided.reducedPoints()).singleElement().satisfies(reduced -> {
            assertThat(reduced.claimId()).isEqualTo("p2");
            assertThat(reduced.reviewer()).isEqualTo("L. Chen");
            assertThat(reduced.set()).isEqualTo(10);
            assertThat(reduced.counted()).isZero();
            assertThat(reduced.notes()).contains(Note.POINTS_SET, Note.DUPLICATE);
        });
    }

    @Test
    void aWrongAdjustmentIsRefusedWithItsPath() {
        String id = reach(ApplicationState.UNDER_REVIEW).id();
        assertThatThrownBy(() -> workflow.decide(id, Outcome.NOT_APPROVED,
                List.of(Adjustment.moveToArea("zz", "ATLANTIS", "", "R. Okafor")), null, "board"))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining("adjustments[0].claimId: no claim \"zz\" in the portfolio")
                .hasMessageContaining("adjustments[0].area: unknown area \"ATLANTIS\"")
                .hasMessageContaining("adjustments[0].reason: is required");
        assertThat(workflow.application(id).state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    }

    @Test
    void revisionsRequestedLeadToANewSubmissionAndANewMeeting() {
        String id = reach(ApplicationState.REVISIONS_REQUESTED).id();
        LocalDate resubmitted = MEETING.plusDays(5);
        clock.set(resubmitted);
        workflow.addMeeting(MEETING.plusDays(28));
        workflow.submit(id, levelOne(true), fee(workflow.policy(), resubmitted), "chair");
        Application scheduled = workflow.schedule(id, "chair");
        assertThat(scheduled.submission().submittedOn()).isEqualTo(resubmitted);
        assertThat(scheduled.scheduled().meeting()).isEqualTo(MEETING.plusDays(28));
        assertThat(scheduled.decision()).isNull();
    }

    @Test
    void approvalNeedsBothSignatures() {
        String id = reach(ApplicationState.RECOMMENDED).id();
        assertThatThrownBy(() -> workflow.approve(id, "M. Alvarez", " ", "chair"))
                .hasMessage("cannot approve application " + id + " without the MBLC's signature");
        assertThatThrownBy(() -> workflow.approve(id, null, null, "chair"))
                .hasMessageContaining("the MLA Executive Board's signature and the MBLC's signature");
        assertThat(workflow.application(id).state()).isEqualTo(ApplicationState.RECOMMENDED);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"REGISTERED", "SUBMITTED", "SCHEDULED", "UNDER_REVIEW",
        "REVISIONS_REQUESTED"})
    void anApplicantMayWithdrawUntilTheBoardDecides(ApplicationState state) {
        String id = reach(state).id();
        assertThat(workflow.withdraw(id, "changed jobs", "chair").state()).isEqualTo(ApplicationState.WITHDRAWN);
    }

    @Test
    void aHistoryThatTheWorkflowCannotProduceIsRejectedOnReplay() {
        Application certified = reach(ApplicationState.CERTIFIED);
        List<ApplicationEvent> skipped = new ArrayList<>(certified.history());
        skipped.remove(4); // the decision
        assertThatThrownBy(() -> Application.replay(skipped)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event 5");
    }
}
