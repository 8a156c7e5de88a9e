package org.mla.para.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.ParaJson;
import org.mla.para.engine.Problem;
import org.mla.para.engine.internal.PortfolioValidation;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Assessment;
import org.mla.para.model.Portfolio;

/**
 * The PARA application workflow, from registration to certificate: every action checked
 * against the application's state and recorded as an event in the {@link ApplicationStore};
 * the Review Board calendar; deadlines from the {@link WorkflowPolicy}; the messages each action
 * sends written from the {@link MessageTemplates} and queued in the store's {@link Outbox} in the
 * same transaction as the event (then told to the host's {@link Notifier}); time from the host's
 * {@link Clock}. Thread-safe: two actions on
 * one application at once record one and refuse the other with {@link ConcurrentChangeException}.
 *
 * <pre>{@code
 * ParaWorkflow workflow = ParaWorkflow.builder()
 *         .engine(ParaEngine.bundled()).store(store).clock(clock).notifier(mailer).build();
 * Application a = workflow.register(new Registration("A-1001", "Jane Doe", "jane@...", 1, today), "chair");
 * workflow.submit(a.id(), portfolio, new FeePayment(new BigDecimal("25.00"), today, "check 1041"), "chair");
 * }</pre>
 *
 * Every action throws {@link WorkflowException} when refused (the message names the state
 * and the actions it allows) and changes nothing.
 */
@API(status = API.Status.STABLE, since = "0.2")
public final class ParaWorkflow {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ParaWorkflow.class);

    private final java.util.function.Supplier<ParaEngine> engines;
    private volatile ParaEngine engine;
    private final ApplicationStore store;
    private final Clock clock;
    private final Notifier notifier;
    private final WorkflowPolicy policy;
    private final MessageTemplates templates;
    /**
     * Registrations check and record under it: one open application per applicant and level, in
     * this process. Shared with the workflows {@link #on(LocalDate)} makes.
     */
    private final Object registering;

    private ParaWorkflow(Builder builder) {
        this.engines = Objects.requireNonNull(builder.engine, "engine");
        this.store = Objects.requireNonNull(builder.store, "store");
        this.clock = builder.clock;
        this.notifier = builder.notifier;
        this.policy = builder.policy;
        this.templates = builder.templates;
        this.registering = new Object();
    }

    /** The same workflow, with its own clock. */
    private ParaWorkflow(ParaWorkflow base, Clock clock) {
        this.engines = base.engines;
        this.engine = base.engine;
        this.store = base.store;
        this.clock = clock;
        this.notifier = base.notifier;
        this.policy = base.policy;
        this.templates = base.templates;
        this.registering = base.registering;
    }

    /**
     * This workflow recording its actions as done on {@code day} rather than today, as the
     * command line's {@code --today} does: for an action entered after the fact, such as the
     * Board's decision entered the day after its meeting. The same rule holds as for every
     * action: one dated before an application's last recorded event is refused.
     *
     * @param day the day the actions are recorded as done
     * @return a workflow on the same engine, store, notifier and policy; this one when
     *         {@code day} is today
     */
    public ParaWorkflow on(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.equals(today())) {
            return this;
        }
        return new ParaWorkflow(this, Clock.fixed(day.atTime(LocalTime.NOON).atZone(ParaEngine.PROGRAM_ZONE).toInstant(),
                ParaEngine.PROGRAM_ZONE));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures a workflow; the engine and the store are required. */
    @API(status = API.Status.STABLE, since = "0.2")
    public static final class Builder {
        private java.util.function.Supplier<ParaEngine> engine;
        private ApplicationStore store;
        private Clock clock = Clock.system(ParaEngine.PROGRAM_ZONE);
        private Notifier notifier = new LoggingNotifier();
        private WorkflowPolicy policy;
        private MessageTemplates templates;

        private Builder() {
        }

        public Builder engine(ParaEngine engine) {
            Objects.requireNonNull(engine, "engine");
            this.engine = () -> engine;
            return this;
        }

        /**
         * An engine made on first use: only submissions and decisions assess, so a command
         * line that lists or approves need not compile the rules.
         */
        public Builder engine(java.util.function.Supplier<ParaEngine> engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
            return this;
        }

        public Builder store(ApplicationStore store) {
            this.store = store;
            return this;
        }

        /** Where "today" comes from (default: the system clock in Massachusetts). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Who is told of each message once it is queued with its event (default: a
         * {@link LoggingNotifier}). Delivery is the outbox sender's; a notifier that also
         * delivered would send a second copy.
         */
        public Builder notifier(Notifier notifier) {
            this.notifier = Objects.requireNonNull(notifier);
            return this;
        }

        /** The fee and deadlines (default: {@link WorkflowPolicy#bundled()}). */
        public Builder policy(WorkflowPolicy policy) {
            this.policy = Objects.requireNonNull(policy);
            return this;
        }

        /** The messages' texts (default: {@link MessageTemplates#bundled()}). */
        public Builder templates(MessageTemplates templates) {
            this.templates = Objects.requireNonNull(templates);
            return this;
        }

        public ParaWorkflow build() {
            if (policy == null) {
                policy = WorkflowPolicy.bundled();
            }
            if (templates == null) {
                templates = MessageTemplates.bundled();
            }
            return new ParaWorkflow(this);
        }
    }

    private ParaEngine engine() {
        ParaEngine made = engine;
        if (made == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = Objects.requireNonNull(engines.get(), "the engine supplier gave null");
                }
                made = engine;
            }
        }
        return made;
    }

    public WorkflowPolicy policy() {
        return policy;
    }

    /** Today in Massachusetts, by the workflow's clock (whatever the clock's own zone). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ParaEngine.PROGRAM_ZONE);
    }

    // --- actions --------------------------------------------------------------------------

    /**
     * Registers an applicant for a level; the application gets the next free id ({@code PARA-0001}...).
     * An applicant has one open application per level: a second is refused, naming the open one.
     */
    public Application register(Registration registration, String actor) {
        checkRegistration(registration);
        checkToday("register");
        String who = actor(actor);
        synchronized (registering) {
            for (Application open : applications()) {
                if (!open.state().isFinal() && open.registration().applicantId().equals(registration.applicantId())
                        && open.registration().targetLevel().equals(registration.targetLevel())) {
                    throw new WorkflowException("cannot register applicant " + registration.applicantId() + " for Level "
                            + registration.targetLevel() + ": application " + open.id() + " for that level is open ("
                            + open.state() + "); continue it, or withdraw it first");
                }
            }
            for (int attempt = 0; ; attempt++) {
                String id = String.format("PARA-%04d", highestNumber(store.applicationIds()) + 1);
                ApplicationEvent event = new ApplicationEvent(id, 1, who, now(), null, ApplicationState.REGISTERED,
                        new Change.Registered(registration));
                try {
                    Application registered = Application.replay(List.of(event));
                    record(event, Messages.after(registered, event.change(), templates));
                    return application(id);
                } catch (ConcurrentChangeException e) {
                    if (attempt > store.applicationIds().size()) {
                        throw e;
                    }
                }
            }
        }
    }

    /**
     * Records the portfolio's arrival, today, with the fee: refused unless the portfolio is
     * valid, is the registered applicant's, for the registered level, and the fee is paid.
     * The assessment made now is stored with it, and the applicant is sent a receipt.
     *
     * @throws org.mla.para.engine.InvalidPortfolioException with every problem of the portfolio
     */
    public Application submit(String applicationId, Portfolio portfolio, FeePayment fee, String actor) {
        return submit(applicationId, portfolio, fee, List.of(), actor);
    }

    /**
     * {@link #submit(String, Portfolio, FeePayment, String)}, with the Review Board accepting
     * prior levels PARA's record does not hold: each acceptance is recorded as its own event
     * ({@link #acceptPriorLevel}) once the submission is known to pass, then the submission.
     *
     * @param accepting the levels the Board accepts, each with its reason
     */
    public Application submit(String applicationId, Portfolio portfolio, FeePayment fee, List<PriorLevelAcceptance> accepting,
            String actor) {
        List<PriorLevelAcceptance> given = accepting == null ? List.of() : List.copyOf(accepting);
        if (!given.isEmpty()) {
            Application application = application(applicationId);
            Set<Integer> levels = new java.util.HashSet<>(acceptedLevels(application));
            given.forEach(a -> levels.add(a.level()));
            submission(application, portfolio, fee, levels, today()); // refused here, nothing is recorded
            for (PriorLevelAcceptance acceptance : given) {
                acceptPriorLevel(applicationId, acceptance.level(), acceptance.reason(), actor);
            }
        }
        return act(applicationId, Action.SUBMIT, null, actor,
                application -> submission(application, portfolio, fee, acceptedLevels(application), today()));
    }

    /**
     * A level the Review Board accepts as held although PARA's record does not hold it, and why.
     *
     * @param level  the level, 1 to 4
     * @param reason the Board's reason, recorded with the event
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3")
    public record PriorLevelAcceptance(int level, String reason) {
    }

    /**
     * Records the Review Board's acceptance of a prior level PARA's record does not hold (a
     * certificate from before PARA kept records, seen by the Board): submissions of this
     * application may then declare it in {@code heldLevels}. Allowed before a submission and
     * while revisions are requested; the state does not change.
     */
    public Application acceptPriorLevel(String applicationId, int level, String reason, String actor) {
        LocalDate today = today();
        return act(applicationId, Action.ACCEPT_PRIOR_LEVEL, null, actor, application -> {
            if (blank(reason)) {
                throw new WorkflowException("cannot accept an unrecorded Level " + level + " for application " + applicationId
                        + " without a reason (--reason)");
            }
            if (level < 1 || level >= application.registration().targetLevel()) {
                throw new WorkflowException("cannot accept Level " + level + " as a prior level of application " + applicationId
                        + ": it applies for Level " + application.registration().targetLevel()
                        + ", so a prior level is below that and at least 1");
            }
            return new Change.PriorLevelAccepted(level, today, reason.strip());
        });
    }

    private static Set<Integer> acceptedLevels(Application application) {
        Set<Integer> levels = new java.util.HashSet<>();
        application.history().stream().map(ApplicationEvent::change).filter(Change.PriorLevelAccepted.class::isInstance)
                .map(Change.PriorLevelAccepted.class::cast).forEach(a -> levels.add(a.level()));
        return levels;
    }

    /** The record of an applicant's prior levels, by level: what submissions are checked against. */
    public List<org.mla.para.model.HeldLevel> priorLevelsOnRecord(String applicantId) {
        return PriorLevels.of(applicantId, applications(), store.historicalCertificates()).values().stream()
                .filter(r -> r.awardedOn() != null).map(r -> new org.mla.para.model.HeldLevel(r.level(), r.awardedOn())).toList();
    }

    private Change.Submitted submission(Application application, Portfolio portfolio, FeePayment fee, Set<Integer> accepted,
            LocalDate today) {
        String applicationId = application.id();
        {
            Registration registration = application.registration();
            List<String> problems = new ArrayList<>();
            if (portfolio.applicant() != null && !registration.applicantId().equals(portfolio.applicant().id())) {
                problems.add("the portfolio is applicant " + portfolio.applicant().id() + "'s, but application " + applicationId
                        + " is applicant " + registration.applicantId() + "'s");
            }
            if (portfolio.targetLevel() != null && !portfolio.targetLevel().equals(registration.targetLevel())) {
                problems.add("the portfolio's targetLevel is " + portfolio.targetLevel() + ", but the applicant registered for Level "
                        + registration.targetLevel() + "; correct targetLevel or register for Level " + portfolio.targetLevel());
            }
            if (portfolio.registeredOn() != null && !portfolio.registeredOn().equals(registration.registeredOn())) {
                problems.add("the portfolio's registeredOn is " + portfolio.registeredOn() + ", but the applicant registered on "
                        + registration.registeredOn() + "; correct registeredOn");
            }
            problems.addAll(feeProblems(fee, today));
            if (!problems.isEmpty()) {
                throw new WorkflowException("cannot submit application " + applicationId + ": " + String.join("; ", problems));
            }
            List<Problem> invalid = engine().validate(portfolio.withSubmittedOn(today), today);
            if (!invalid.isEmpty()) { // its own problems first, then the record's
                throw new org.mla.para.engine.InvalidPortfolioException(invalid);
            }
            Portfolio received = PriorLevels.checked(portfolio.withSubmittedOn(today), registration.applicantId(),
                    PriorLevels.of(registration.applicantId(), applications(), store.historicalCertificates()), accepted, today);
            Assessment assessment = engine().assess(received, today);
            return new Change.Submitted(today, fee, ParaJson.write(received), assessment);
        }
    }

    /**
     * Sends the application to the first Review Board meeting at least the policy's lead
     * days after its submission.
     *
     * @throws WorkflowException when the calendar has no meeting that far ahead
     */
    public Application schedule(String applicationId, String actor) {
        return act(applicationId, Action.SCHEDULE, null, actor, application -> {
            LocalDate submitted = application.submission().submittedOn();
            LocalDate leadTime = submitted.plusDays(policy.meetingLeadDays());
            LocalDate today = today();
            LocalDate earliest = leadTime.isBefore(today) ? today : leadTime; // never a meeting already held
            LocalDate meeting = store.meetings().stream().filter(m -> !m.isBefore(earliest)).findFirst()
                    .orElseThrow(() -> new WorkflowException("cannot schedule application " + applicationId
                            + ": no Review Board meeting on or after " + earliest + (earliest.equals(leadTime) ? " ("
                            + policy.meetingLeadDays() + " days after its submission on " + submitted + ")" : " (today)")
                            + "; add a meeting to the calendar first"));
            return new Change.Scheduled(meeting, meeting.plusDays(policy.decisionDueDays()));
        });
    }

    /** The Review Board takes the application up at its meeting (not before the meeting's day). */
    public Application openReview(String applicationId, String actor) {
        LocalDate today = today();
        return act(applicationId, Action.OPEN_REVIEW, null, actor, application -> {
            LocalDate meeting = application.scheduled().meeting();
            if (today.isBefore(meeting)) {
                throw new WorkflowException("cannot open the review of application " + applicationId + " before its meeting on "
                        + meeting + " (today is " + today + ")");
            }
            return new Change.ReviewOpened(today);
        });
    }

    /**
     * Records the Board's preliminary decision. The portfolio is assessed again with the
     * reviewers' adjustments, by the same rules; both assessments are kept. A preliminary
     * approval needs the adjusted assessment to meet the level. The applicant is notified.
     *
     * @throws org.mla.para.engine.InvalidPortfolioException when an adjustment is wrong
     *         ({@code adjustments[0].claimId}...)
     */
    public Application decide(String applicationId, Outcome outcome, List<Adjustment> adjustments, String comment,
            String actor) {
        Objects.requireNonNull(outcome, "outcome");
        LocalDate today = today();
        List<Adjustment> given = adjustments == null ? List.of() : List.copyOf(adjustments);
        String commentProblem = WorkflowText.textProblem(comment, WorkflowText.TEXT);
        if (commentProblem != null) {
            throw new WorkflowException("cannot decide application " + applicationId + ": the comment " + commentProblem);
        }
        return act(applicationId, Action.DECIDE, outcome, actor, application -> {
            Portfolio portfolio = ParaJson.readPortfolio(application.submission().portfolioJson());
            Assessment adjusted = engine().assess(portfolio, application.submission().submittedOn(), given);
            if (outcome == Outcome.PRELIMINARY_APPROVAL && !adjusted.eligible()) {
                throw new WorkflowException("cannot approve application " + applicationId + ": with the adjustments the portfolio "
                        + "does not meet Level " + adjusted.targetLevel() + " (" + unmet(adjusted)
                        + "); decide REVISIONS_REQUESTED or NOT_APPROVED, or review the adjustments");
            }
            return new Change.Decided(outcome, today, given, adjusted, comment);
        });
    }

    /** Records both Boards' signatures: the MLA Executive Board's and the MBLC's; both are required. */
    public Application approve(String applicationId, String executiveBoardSignature, String mblcSignature, String actor) {
        LocalDate today = today();
        return act(applicationId, Action.APPROVE, null, actor, application -> {
            List<String> missing = new ArrayList<>();
            if (blank(executiveBoardSignature)) {
                missing.add("the MLA Executive Board's signature");
            }
            if (blank(mblcSignature)) {
                missing.add("the MBLC's signature");
            }
            if (!missing.isEmpty()) {
                throw new WorkflowException("cannot approve application " + applicationId + " without "
                        + String.join(" and ", missing));
            }
            for (String signature : List.of(executiveBoardSignature, mblcSignature)) {
                String problem = WorkflowText.lineProblem(signature.strip(), WorkflowText.LINE);
                if (problem != null) {
                    throw new WorkflowException("cannot approve application " + applicationId + ": a signature " + problem);
                }
            }
            return new Change.Approved(executiveBoardSignature.strip(), mblcSignature.strip(), today);
        });
    }

    /**
     * Issues the certificate. It is presented at the MLA conference of the year of
     * submission when the portfolio was submitted on or before the policy's conference
     * deadline of that year; otherwise it is delivered. The recipient joins the list.
     */
    public Application issue(String applicationId, String actor) {
        LocalDate today = today();
        return act(applicationId, Action.ISSUE, null, actor, application -> {
            LocalDate submitted = application.submission().submittedOn();
            boolean atConference = !submitted.isAfter(policy.conferenceDeadline().atYear(submitted.getYear()));
            Registration registration = application.registration();
            return new Change.Issued(new Certificate(applicationId, registration.name(), registration.targetLevel(), today,
                    atConference, atConference ? submitted.getYear() : null));
        });
    }

    /** Records the applicant's withdrawal; allowed until the Board decides (and while revising). */
    public Application withdraw(String applicationId, String reason, String actor) {
        LocalDate today = today();
        return act(applicationId, Action.WITHDRAW, null, actor, application -> {
            if (blank(reason)) {
                throw new WorkflowException("cannot withdraw application " + applicationId + " without a reason");
            }
            String problem = WorkflowText.textProblem(reason.strip(), WorkflowText.TEXT);
            if (problem != null) {
                throw new WorkflowException("cannot withdraw application " + applicationId + ": the reason " + problem);
            }
            return new Change.Withdrawn(today, reason.strip());
        });
    }

    // --- the calendar ---------------------------------------------------------------------

    /** Adds a Review Board meeting. */
    public void addMeeting(LocalDate date) {
        Objects.requireNonNull(date);
        if (!policy.plausible(date)) {
            throw new WorkflowException("cannot add a meeting on " + date + ": it is " + outsideRange());
        }
        store.addMeeting(date);
    }

    /** Removes a meeting; whether there was one. Applications already scheduled keep their date. */
    public boolean removeMeeting(LocalDate date) {
        return store.removeMeeting(date);
    }

    /** The Review Board's meetings, earliest first. */
    public List<LocalDate> meetings() {
        return store.meetings();
    }

    // --- queries --------------------------------------------------------------------------

    /**
     * The application as its events make it.
     *
     * @throws WorkflowException when there is no such application
     */
    public Application application(String applicationId) {
        return find(applicationId).orElseThrow(() -> new WorkflowException("no application " + applicationId));
    }

    /**
     * The application with this id, when there is one.
     *
     * @throws UnreadableHistoryException when its stored history cannot be read back
     */
    public java.util.Optional<Application> find(String applicationId) {
        List<ApplicationEvent> events;
        try {
            events = store.events(applicationId);
            return events.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Application.replay(events));
        } catch (UnreadableHistoryException e) {
            throw e;
        } catch (IllegalStateException | IllegalArgumentException | NullPointerException | ArithmeticException
                 | ClassCastException | java.time.DateTimeException | org.mla.para.engine.InvalidPortfolioException e) {
            // What reading back a stored event throws when the event is not what was written.
            throw new UnreadableHistoryException(applicationId, oneLine(e));
        }
    }

    /**
     * Every application whose history can be read, in registration order. Those that cannot be
     * read are left out: {@link #listing()} names them.
     */
    public List<Application> applications() {
        return listing().applications();
    }

    /**
     * Every application, in registration order, and those whose history cannot be read, each
     * with the reason: one corrupt history never hides the others.
     */
    public Listing listing() {
        List<Application> readable = new ArrayList<>();
        List<UnreadableHistoryException> unreadable = new ArrayList<>();
        for (String id : store.applicationIds()) {
            try {
                find(id).ifPresent(readable::add);
            } catch (UnreadableHistoryException e) {
                unreadable.add(e);
            }
        }
        return new Listing(readable, unreadable);
    }

    /**
     * Applications as listed.
     *
     * @param applications those whose history reads back, in registration order
     * @param unreadable   those whose history does not, each with the reason
     */
    @API(status = API.Status.STABLE, since = "0.3")
    public record Listing(List<Application> applications, List<UnreadableHistoryException> unreadable) {
        public Listing {
            applications = List.copyOf(applications);
            unreadable = List.copyOf(unreadable);
        }
    }

    /**
     * MLA's list of recipients: every certificate PARA issued and every one imported from
     * before it kept records, by year, then level, then name.
     */
    public List<Recipient> recipients() {
        return recipients(listing());
    }

    /**
     * The recipients among the applications of {@code listing}, with every certificate imported
     * from before PARA kept records.
     */
    public List<Recipient> recipients(Listing listing) {
        return java.util.stream.Stream.concat(listing.applications().stream().map(Application::certificate)
                                .filter(Objects::nonNull)
                                .map(c -> new Recipient(c.name(), c.level(), c.issuedOn().getYear())),
                        store.historicalCertificates().stream().map(c -> new Recipient(c.name(), c.level(), c.year())))
                .sorted(Comparator.comparingInt(Recipient::year).thenComparingInt(Recipient::level)
                        .thenComparing(Recipient::name))
                .toList();
    }

    /**
     * Imports certificates awarded before PARA kept records (MLA's historical recipients list),
     * all or none. A line already in the record with the same level and date (or year) is
     * skipped, so importing a file twice changes nothing.
     *
     * @return how many were added
     * @throws WorkflowException naming each line that contradicts the record
     */
    public int importHistoricalCertificates(List<HistoricalCertificate> certificates) {
        List<HistoricalCertificate> added = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Application> applications = applications();
        List<HistoricalCertificate> historical = store.historicalCertificates();
        for (int i = 0; i < certificates.size(); i++) {
            HistoricalCertificate certificate = certificates.get(i);
            PriorLevels.Recorded recorded = PriorLevels.of(certificate.applicantId(), applications, historical)
                    .get(certificate.level());
            HistoricalCertificate earlier = added.stream().filter(a -> a.applicantId().equals(certificate.applicantId())
                    && a.level() == certificate.level()).findFirst().orElse(null);
            if (recorded == null && earlier == null) {
                added.add(certificate);
            } else if (recorded != null ? recorded.year() != certificate.year()
                    || !Objects.equals(recorded.awardedOn(), certificate.awardedOn())
                    : !earlier.equals(certificate)) {
                problems.add("entry " + (i + 1) + ": applicant " + certificate.applicantId() + " already has Level "
                        + certificate.level() + " in the record, awarded " + (recorded != null ? recorded.when()
                        + " (" + recorded.source() + ")" : "as listed in an earlier entry of this import")
                        + "; correct the entry or leave it out");
            }
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException("nothing imported: " + String.join("; ", problems));
        }
        if (!added.isEmpty()) {
            store.addHistoricalCertificates(added);
        }
        return added.size();
    }

    /** The certificates imported from before PARA kept records. */
    public List<HistoricalCertificate> historicalCertificates() {
        return store.historicalCertificates();
    }

    /** The store's outbox, when it keeps one. */
    public java.util.Optional<Outbox> outbox() {
        return store.outbox();
    }

    /**
     * What needs attention: every open application with its next step and when it is due,
     * overdue decisions and long reviews flagged; in date order (waiting for the applicant last).
     */
    public List<Attention> attention() {
        return attention(listing());
    }

    /** What needs attention among the applications of {@code listing}. */
    public List<Attention> attention(Listing listing) {
        LocalDate today = today();
        List<Attention> items = new ArrayList<>();
        for (Application application : listing.applications()) {
            if (application.state().isFinal()) {
                continue;
            }
            Set<Attention.Flag> flags = EnumSet.noneOf(Attention.Flag.class);
            boolean undecided = EnumSet.of(ApplicationState.SUBMITTED, ApplicationState.SCHEDULED,
                    ApplicationState.UNDER_REVIEW).contains(application.state());
            LocalDate due = application.decisionDueOn();
            if (undecided && due != null && today.isAfter(due)) {
                flags.add(Attention.Flag.DECISION_OVERDUE);
            }
            if (undecided && ChronoUnit.DAYS.between(application.submission().submittedOn(), today) > policy.longReviewDays()) {
                flags.add(Attention.Flag.LONG_REVIEW);
            }
            items.add(next(application, flags));
        }
        items.sort(Comparator.comparing(Attention::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Attention::applicationId));
        return items;
    }

    private static Attention next(Application application, Set<Attention.Flag> flags) {
        String name = application.registration().name();
        return switch (application.state()) {
            case SUBMITTED -> new Attention(application.id(), name, application.state(),
                    application.submission().submittedOn(), "schedule it for a Review Board meeting", flags);
            case SCHEDULED -> new Attention(application.id(), name, application.state(), application.scheduled().meeting(),
                    "open the review at the meeting; decision due " + application.decisionDueOn(), flags);
            case UNDER_REVIEW -> new Attention(application.id(), name, application.state(), application.decisionDueOn(),
                    "record the Board's decision", flags);
            case RECOMMENDED -> new Attention(application.id(), name, application.state(), application.decision().decidedOn(),
                    "collect the MLA Executive Board's and the MBLC's signatures", flags);
            case APPROVED -> new Attention(application.id(), name, application.state(), application.approval().approvedOn(),
                    "issue the certificate", flags);
            default -> new Attention(application.id(), name, application.state(), null,
                    "waiting for the applicant's portfolio", flags);
        };
    }

    // --- the machine ----------------------------------------------------------------------

    /**
     * Loads, checks the state allows {@code action}, makes the change, records it with the
     * messages it sends (one transaction), then tells the notifier.
     */
    private Application act(String applicationId, Action action, Outcome outcome, String actor,
            Function<Application, Change> change) {
        String who = actor(actor);
        checkToday(action.word());
        Application application = application(applicationId);
        ApplicationState to = application.state().after(action, outcome);
        if (to == null) {
            throw WorkflowException.notAllowed(applicationId, action, application.state());
        }
        ApplicationEvent last = application.history().get(application.history().size() - 1);
        LocalDate lastDay = LocalDate.ofInstant(last.at(), ParaEngine.PROGRAM_ZONE);
        if (today().isBefore(lastDay)) {
            throw new WorkflowException("cannot " + action.word() + " application " + applicationId + " on " + today()
                    + ": its last event (" + last.action().word() + ") is recorded on " + lastDay
                    + "; record actions in the order they happened");
        }
        Change made = change.apply(application);
        ApplicationEvent event = new ApplicationEvent(applicationId, application.version() + 1, who, now(),
                application.state(), to, made);
        List<ApplicationEvent> history = new ArrayList<>(application.history());
        history.add(event);
        record(event, Messages.after(Application.replay(history), made, templates));
        return application(applicationId);
    }

    /** Appends the event with its messages (those with an address, when the store keeps an outbox), then tells the notifier. */
    private void record(ApplicationEvent event, List<Notification> messages) {
        List<Notification> queued = store.outbox().isPresent()
                ? messages.stream().filter(m -> m.to() != null).toList() : List.of();
        store.append(event, queued);
        for (Notification message : messages) {
            try {
                notifier.send(message);
            } catch (RuntimeException e) {
                // The change is recorded: a notifier's failure must not make it look undone.
                LOG.warn("the notifier failed after {} of application {} ({}); the {} is recorded",
                        event.action().word(), event.applicationId(), e.getClass().getName(), event.action().word());
                LOG.debug("notifier failure", e);
            }
        }
    }

    /** Event times to the millisecond: what every database keeps, so a stored event reads back equal. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private List<String> feeProblems(FeePayment fee, LocalDate today) {
        if (fee == null || fee.amount() == null) {
            return List.of("the application fee of " + policy.applicationFee() + " is not recorded as paid");
        }
        List<String> problems = new ArrayList<>();
        if (!FeePayment.isMoney(fee.amount())) {
            problems.add("the fee paid must be an amount of money with at most two decimals, such as "
                    + policy.applicationFee() + " (was " + abbreviate(fee.amount().toString()) + ")");
        } else if (fee.amount().compareTo(policy.maximumFee()) > 0) {
            problems.add("the fee paid, " + fee.amount() + ", is more than the largest accepted, " + policy.maximumFee()
                    + " (maximumFee in the workflow policy): check the amount");
        } else if (fee.amount().compareTo(policy.applicationFee()) < 0) {
            problems.add("the fee paid, " + fee.amount() + ", is less than the application fee of " + policy.applicationFee());
        }
        if (fee.paidOn() == null) {
            problems.add("the fee's payment date is missing");
        } else if (fee.paidOn().isAfter(today)) {
            problems.add("the fee's payment date " + fee.paidOn() + " is after today, " + today);
        } else if (!policy.plausible(fee.paidOn())) {
            problems.add("the fee's payment date " + fee.paidOn() + " is " + outsideRange());
        }
        String reference = WorkflowText.lineProblem(fee.reference(), WorkflowText.LINE);
        if (reference != null) {
            problems.add("the fee's reference " + reference);
        }
        return problems;
    }

    private void checkRegistration(Registration registration) {
        if (registration == null) {
            throw new WorkflowException("cannot register: no registration given");
        }
        List<Problem> problems = new ArrayList<>(PortfolioValidation.validateValue(registration));
        text(problems, "applicantId", WorkflowText.lineProblem(registration.applicantId(), WorkflowText.ID));
        text(problems, "name", WorkflowText.lineProblem(registration.name(), WorkflowText.LINE));
        text(problems, "email", WorkflowText.lineProblem(registration.email(), WorkflowText.EMAIL));
        if (registration.registeredOn() != null && !policy.plausible(registration.registeredOn())) {
            problems.add(new Problem("registeredOn", registration.registeredOn() + " is " + outsideRange()));
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException("cannot register: " + problems.stream().map(Problem::toString)
                    .reduce((a, b) -> a + "; " + b).orElseThrow());
        }
    }

    /** The highest number of the {@code PARA-n} ids given so far; 0 when none. */
    private static int highestNumber(List<String> ids) {
        int highest = 0;
        for (String id : ids) {
            if (id.matches("PARA-\\d{1,9}")) {
                highest = Math.max(highest, Integer.parseInt(id.substring("PARA-".length())));
            }
        }
        return highest;
    }

    private static String unmet(Assessment assessment) {
        return assessment.requirements().stream().filter(r -> !r.met())
                .map(r -> r.name() + " " + r.actual() + " of " + r.required()).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String actor(String actor) {
        if (blank(actor)) {
            throw new WorkflowException("every action needs the name of who does it (the actor)");
        }
        String problem = WorkflowText.lineProblem(actor.strip(), WorkflowText.LINE);
        if (problem != null) {
            throw new WorkflowException("the name of who acts " + problem);
        }
        return actor.strip();
    }

    private static void text(List<Problem> problems, String field, String problem) {
        if (problem != null) {
            problems.add(new Problem(field, problem));
        }
    }

    /** "Today" comes from the host's clock, or from an operator entering past events: it must be plausible too. */
    private void checkToday(String what) {
        LocalDate today = today();
        if (!policy.plausible(today)) {
            throw new WorkflowException("cannot " + what + " on " + today + ": it is " + outsideRange());
        }
    }

    private String outsideRange() {
        return "outside the days the program records, " + policy.earliestDate() + " to " + policy.latestDate()
                + " (earliestDate and latestDate in the workflow policy)";
    }

    private static String abbreviate(String text) {
        return text.length() > WorkflowText.LINE ? text.substring(0, WorkflowText.LINE) + "..." : text;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return abbreviate(message.lines().findFirst().orElse(message));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
