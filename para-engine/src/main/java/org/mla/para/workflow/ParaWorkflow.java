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
 * the Review Board calendar; deadlines from the {@link WorkflowPolicy}; notifications through
 * the host's {@link Notifier}; time from the host's {@link Clock}. Thread-safe: two actions on
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

    private ParaWorkflow(Builder builder) {
        this.engines = Objects.requireNonNull(builder.engine, "engine");
        this.store = Objects.requireNonNull(builder.store, "store");
        this.clock = builder.clock;
        this.notifier = builder.notifier;
        this.policy = builder.policy;
    }

    /** The same workflow, with its own clock. */
    private ParaWorkflow(ParaWorkflow base, Clock clock) {
        this.engines = base.engines;
        this.engine = base.engine;
        this.store = base.store;
        this.clock = clock;
        this.notifier = base.notifier;
        this.policy = base.policy;
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

        /** Who delivers notifications (default: a {@link LoggingNotifier}). */
        public Builder notifier(Notifier notifier) {
            this.notifier = Objects.requireNonNull(notifier);
            return this;
        }

        /** The fee and deadlines (default: {@link WorkflowPolicy#bundled()}). */
        public Builder policy(WorkflowPolicy policy) {
            this.policy = Objects.requireNonNull(policy);
            return this;
        }

        public ParaWorkflow build() {
            if (policy == null) {
                policy = WorkflowPolicy.bundled();
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

    /** Registers an applicant for a level; the application gets the next free id ({@code PARA-0001}...). */
    public Application register(Registration registration, String actor) {
        checkRegistration(registration);
        checkToday("register");
        for (int attempt = 0; ; attempt++) {
            String id = String.format("PARA-%04d", highestNumber(store.applicationIds()) + 1);
            try {
                store.append(new ApplicationEvent(id, 1, actor(actor), now(), null, ApplicationState.REGISTERED,
                        new Change.Registered(registration)));
                return application(id);
            } catch (ConcurrentChangeException e) {
                if (attempt > store.applicationIds().size()) {
                    throw e;
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
        LocalDate today = today();
        return act(applicationId, Action.SUBMIT, null, actor, application -> {
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
            Portfolio received = portfolio.withSubmittedOn(today);
            Assessment assessment = engine().assess(received, today);
            return new Change.Submitted(today, fee, ParaJson.write(received), assessment);
        }, application -> notify(application, Notification.Kind.RECEIPT, "PARA: your portfolio has arrived",
                "Dear " + application.registration().name() + ",\n\nyour PARA portfolio for Level "
                        + application.registration().targetLevel() + " arrived on " + today
                        + ". It goes to the next Review Board meeting it can reach; review takes about 2-3 months."));
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
        }, application -> { });
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
        }, application -> { });
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
        }, application -> notify(application, Notification.Kind.DECISION, "PARA: the Review Board's preliminary decision",
                "Dear " + application.registration().name() + ",\n\nthe Review Board's preliminary decision on your portfolio: "
                        + outcome + "." + (comment == null || comment.isBlank() ? "" : "\n\n" + comment)));
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
        }, application -> { });
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
        }, application -> notify(application, Notification.Kind.CERTIFICATE, "PARA: your certificate",
                "Dear " + application.registration().name() + ",\n\ncongratulations: your PARA Level "
                        + application.certificate().level() + " certificate was issued on " + today + ". "
                        + (application.certificate().atConference() ? "It will be presented at the "
                        + application.certificate().conferenceYear() + " MLA conference." : "It will be delivered to you.")));
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
        }, application -> { });
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

    /** MLA's list of recipients: every certified applicant, by year, then level, then name. */
    public List<Recipient> recipients() {
        return recipients(listing());
    }

    /** The recipients among the applications of {@code listing}. */
    public List<Recipient> recipients(Listing listing) {
        return listing.applications().stream().map(Application::certificate).filter(Objects::nonNull)
                .map(c -> new Recipient(c.name(), c.level(), c.issuedOn().getYear()))
                .sorted(Comparator.comparingInt(Recipient::year).thenComparingInt(Recipient::level)
                        .thenComparing(Recipient::name))
                .toList();
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

    /** Loads, checks the state allows {@code action}, makes the change, records it, then notifies. */
    private Application act(String applicationId, Action action, Outcome outcome, String actor,
            Function<Application, Change> change, java.util.function.Consumer<Application> after) {
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
        store.append(new ApplicationEvent(applicationId, application.version() + 1, who, now(),
                application.state(), to, made));
        Application changed = application(applicationId);
        try {
            after.accept(changed);
        } catch (RuntimeException e) {
            // The change is recorded: a notifier's failure must not make it look undone.
            LOG.warn("the notification after {} of application {} failed ({}); the {} is recorded",
                    action.word(), applicationId, e.getClass().getName(), action.word());
            LOG.debug("notification failure", e);
        }
        return changed;
    }

    /** Event times to the millisecond: what every database keeps, so a stored event reads back equal. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void notify(Application application, Notification.Kind kind, String subject, String text) {
        Registration registration = application.registration();
        notifier.send(new Notification(kind, application.id(), registration.email(), registration.name(), subject, text));
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
