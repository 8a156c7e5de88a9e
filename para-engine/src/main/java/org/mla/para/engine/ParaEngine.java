package org.mla.para.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import org.apiguardian.api.API;
import org.mla.para.engine.internal.AdjustmentCheck;
import org.mla.para.engine.internal.CheckCorpus;
import org.mla.para.engine.internal.RuleChecks;
import org.mla.para.engine.internal.CompiledEdition;
import org.mla.para.engine.internal.Coverage;
import org.mla.para.engine.internal.EditionSource;
import org.mla.para.engine.internal.GapFinder;
import org.mla.para.engine.internal.NoteExplainer;
import org.mla.para.engine.internal.PortfolioReader;
import org.mla.para.engine.internal.PortfolioValidation;
import org.mla.para.engine.internal.ProblemOrder;
import org.mla.para.engine.internal.Scenario;
import org.mla.para.engine.internal.Scorer;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Assessment;
import org.mla.para.model.Portfolio;
import org.mla.para.model.constraints.KnownAreas;

/**
 * The one way in: assesses portfolios against the rule edition in force for them.
 *
 * <pre>{@code
 * ParaEngine engine = ParaEngine.bundled();                 // compile once, share everywhere
 * Assessment assessment = engine.assessJson(json, LocalDate.now());
 * assessment.eligible();                                     // and every point explained
 * }</pre>
 *
 * <p>Building an engine compiles its rules (seconds); assessing is fast. An engine is immutable
 * and thread-safe: build one per set of editions and share it.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ParaEngine {

    /** Where "today" is: the program is Massachusetts'. */
    public static final ZoneId PROGRAM_ZONE = ZoneId.of("America/New_York");

    private final List<CompiledEdition> editions;
    private final Limits limits;

    private ParaEngine(List<EditionSource> sources) {
        this(sources, Limits.DEFAULTS);
    }

    private ParaEngine(List<EditionSource> sources, Limits limits) {
        this.limits = limits;
        List<CompiledEdition> compiled = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (EditionSource source : sources) {
            try {
                compiled.add(CompiledEdition.compile(source));
            } catch (RuleEditionException e) {
                problems.addAll(e.problems());
            }
        }
        problems.addAll(EditionSource.clashes(sources));
        if (!problems.isEmpty()) {
            throw new RuleEditionException(problems);
        }
        compiled.sort(Comparator.comparing(c -> c.edition().effectiveFrom()));
        this.editions = List.copyOf(compiled);
    }

    /**
     * An engine with the editions bundled on the class path (the {@code reference} edition of
     * {@code para-rules}).
     *
     * @throws RuleEditionException when a bundled edition does not compile
     */
    public static ParaEngine bundled() {
        PortfolioValidation.warmUpInBackground();
        List<EditionSource> sources = EditionSource.bundled(ParaEngine.class.getClassLoader());
        if (sources.isEmpty()) {
            throw new RuleEditionException(EditionSource.BUNDLED_INDEX, "no bundled rule edition on the class path: add para-rules");
        }
        return new ParaEngine(sources);
    }

    /**
     * An engine with the editions in {@code directory}: the directory itself when it holds an
     * {@code edition.json}, otherwise each of its sub-folders that does.
     *
     * @throws RuleEditionException with every problem, by file, line and column, when an edition does not compile
     */
    public static ParaEngine fromDirectory(Path directory) {
        PortfolioValidation.warmUpInBackground();
        return new ParaEngine(EditionSource.inDirectory(directory));
    }

    /**
     * Gathers editions for an engine. Two editions with the same id, or with the same
     * effective date, are refused: which would be in force would be ambiguous.
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public static final class Builder {

        private final List<EditionSource> sources = new ArrayList<>();
        private Limits limits = Limits.DEFAULTS;

        private Builder() {
        }

        /** How much input the engine accepts; {@link Limits#DEFAULTS} unless set. */
        public Builder withLimits(Limits limits) {
            this.limits = java.util.Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Adds the editions bundled on the class path. */
        public Builder withBundledEditions() {
            sources.addAll(EditionSource.bundled(ParaEngine.class.getClassLoader()));
            return this;
        }

        /** Adds the editions in {@code directory} (the folder itself, or each sub-folder with an edition.json). */
        public Builder withEditionsIn(Path directory) {
            sources.addAll(EditionSource.inDirectory(directory));
            return this;
        }

        /**
         * Compiles every edition.
         *
         * @throws RuleEditionException with every problem of every edition
         */
        public ParaEngine build() {
            if (sources.isEmpty()) {
                throw new RuleEditionException("$", "no rule edition given: add the bundled editions or a rule directory");
            }
            return new ParaEngine(sources, limits);
        }
    }

    /**
     * Starts an engine with editions from several places: the class path, rule directories.
     * (The first engine of a JVM also starts Bean Validation on a
     * short-lived daemon thread, so that it is ready by the first assessment.)
     */
    public static Builder builder() {
        PortfolioValidation.warmUpInBackground();
        return new Builder();
    }

    /** How much input this engine accepts. */
    public Limits limits() {
        return limits;
    }

    /** The editions this engine knows, oldest first. */
    public List<Edition> editions() {
        return editions.stream().map(CompiledEdition::edition).toList();
    }

    /** Assesses {@code portfolio} as of its submission date, or today in Massachusetts when it has none. */
    public Assessment assess(Portfolio portfolio) {
        return assess(portfolio, LocalDate.now(PROGRAM_ZONE));
    }

    /**
     * Assesses {@code portfolio}. The assessment date is the portfolio's {@code submittedOn};
     * {@code asOf} is used only when the portfolio has none.
     *
     * @throws InvalidPortfolioException with every problem, when the portfolio cannot be assessed
     */
    public Assessment assess(Portfolio portfolio, LocalDate asOf) {
        Checked checked = check(portfolio, asOf, new ArrayList<>(), i -> i, Set.of(), null);
        return Scorer.score(checked.edition(), portfolio, checked.day());
    }

    /**
     * Assesses {@code portfolio} with the Review Board's adjustments of its claims. Adjustments
     * are facts the edition's review rules honor (disallow a claim, set its points, move it to
     * another area), so the result is explained like any other: each adjusted claim carries the
     * review rule's id and a note.
     *
     * @throws InvalidPortfolioException with every problem of the portfolio and of the
     *         adjustments ({@code adjustments[0].claimId}, say)
     */
    @API(status = API.Status.STABLE, since = "0.2")
    public Assessment assess(Portfolio portfolio, LocalDate asOf, List<Adjustment> adjustments) {
        adjustments = adjustments == null ? List.of() : adjustments;
        Checked checked = check(portfolio, asOf, new ArrayList<>(), i -> i, Set.of(), null, adjustments);
        return Scorer.score(checked.edition(), portfolio, checked.day(), adjustments, null);
    }

    /**
     * Reads and assesses a portfolio in the JSON format; problems of form and of content are
     * reported together.
     *
     * @throws InvalidPortfolioException with every problem, when the portfolio cannot be assessed
     */
    public Assessment assessJson(String json, LocalDate asOf) {
        return assessJson(json, asOf, null, null, List.of());
    }

    private Assessment assessJson(String json, LocalDate asOf, CompiledEdition forced, Coverage fired,
            List<Adjustment> adjustments) {
        CheckedJson read = readChecked(json, asOf, null, forced, adjustments);
        return Scorer.score(read.checked().edition(), read.portfolio(), read.checked().day(), adjustments, fired);
    }

    /** A portfolio read from JSON (its target level replaced when {@code level} is given) and checked. */
    private record CheckedJson(Portfolio portfolio, Checked checked) {
    }

    /** Reads and validates; problems of form and of content are thrown together. */
    private CheckedJson readChecked(String json, LocalDate asOf, Integer level, CompiledEdition forced,
            List<Adjustment> adjustments) {
        PortfolioReader.Result read = PortfolioReader.read(json, limits);
        if (read.portfolio() == null) {
            throw new InvalidPortfolioException(read.problems());
        }
        Portfolio portfolio = level == null ? read.portfolio() : read.portfolio().withTargetLevel(level);
        Checked checked = check(portfolio, asOf, new ArrayList<>(read.problems()), read::documentIndexOfClaim,
                read.problemPaths(), forced, adjustments);
        return new CheckedJson(portfolio, checked);
    }

    /**
     * Runs the scenario files of every edition ({@code scenarios/*.json} in the edition's
     * folder), each against its own edition.
     */
    public List<ScenarioResult> runScenarios() {
        List<ScenarioResult> results = new ArrayList<>();
        for (CompiledEdition edition : editions) {
            EditionSource source = edition.source();
            source.scenarios().forEach((file, text) -> {
                Scenario scenario = Scenario.parse(file, text,
                        source.folder() == null ? null : source.folder().resolve(EditionSource.SCENARIOS));
                Coverage fired = new Coverage();
                List<String> differences;
                if (!scenario.fileProblems().isEmpty()) {
                    differences = scenario.fileProblems();
                } else {
                    try {
                        differences = scenario.differences(assessJson(scenario.portfolioJson(), scenario.asOf(), edition, fired,
                                scenario.adjustments()));
                    } catch (InvalidPortfolioException e) {
                        differences = scenario.differences(e.problems());
                    } catch (RuleEditionException e) {
                        differences = List.of(ScenarioResult.RULES_FAILED + String.join("; ", e.problems().stream().map(Problem::toString)
                                .map(p -> p.replace('\n', ' ')).toList()));
                    }
                }
                results.add(new ScenarioResult(edition.edition().id(), scenario.name(), scenario.description(), differences,
                        fired.rules(), fired.lines()));
            });
        }
        return results;
    }

    /**
     * Assesses, with each edition, its scenarios' portfolios and a generated corpus of a few
     * hundred valid portfolios (every claim type, every level, the edges of the windows, the
     * smallest and largest values, runs of one type for caps), and reports every rule that
     * throws, keeps firing, leaves a claim unscored, gives negative points or places points in
     * an area the edition does not define: each once, with the smallest portfolio found that
     * shows it.
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3")
    public List<RuleCheckFinding> checkRules() {
        List<RuleCheckFinding> findings = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (CompiledEdition edition : editions) {
            EditionSource source = edition.source();
            source.scenarios().forEach((file, text) -> {
                Scenario scenario = Scenario.parse(file, text,
                        source.folder() == null ? null : source.folder().resolve(EditionSource.SCENARIOS));
                if (scenario.fileProblems().isEmpty()) {
                    try {
                        assessJson(scenario.portfolioJson(), scenario.asOf(), edition, null, scenario.adjustments());
                    } catch (InvalidPortfolioException e) {
                        // refused input is what some scenarios expect; rules test compares it
                    } catch (RuleEditionException e) {
                        Problem problem = e.problems().get(0);
                        if (seen.add(RuleChecks.key(problem))) {
                            findings.add(new RuleCheckFinding(edition.edition().id(), problem, "scenario " + scenario.name(),
                                    scenario.portfolioJson()));
                        }
                    }
                }
            });
            List<CheckCorpus.Sample> corpus = CheckCorpus.of(edition.edition());
            List<java.util.Optional<Problem>> outcomes = RuleChecks.outcomes(edition, corpus);
            for (int i = 0; i < corpus.size(); i++) {
                CheckCorpus.Sample sample = corpus.get(i);
                outcomes.get(i).filter(problem -> seen.add(RuleChecks.key(problem))).ifPresent(problem -> {
                    CheckCorpus.Sample smallest = RuleChecks.smallest(edition, sample, problem);
                    findings.add(new RuleCheckFinding(edition.edition().id(), RuleChecks.broken(edition, smallest).orElse(problem),
                            "generated portfolio: " + smallest.name(), ParaJson.write(smallest.portfolio())));
                });
            }
        }
        return findings;
    }

    /**
     * The rules that none of {@code results} fired, by edition id, each as {@code ID (file:line)}:
     * rules no scenario shows working.
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3")
    public Map<String, List<String>> rulesNotFired(List<ScenarioResult> results) {
        return notShown(results, ScenarioResult::rulesFired, (edition, fired) -> edition.rules().rules().stream()
                .filter(rule -> !fired.contains(rule.id())).map(rule -> rule.id() + " (" + rule.file() + ":" + rule.line() + ")").toList());
    }

    /**
     * The lines of each edition's tables that none of {@code results} showed taking effect, by
     * edition id, each as {@code ID (file:line): what}: a cap that took points from no claim, a
     * kind of evidence that proved no claim of its line's type. The rules applying a table fire
     * in every assessment; these say which of its lines no scenario puts to work.
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3")
    public Map<String, List<String>> tableLinesNotShown(List<ScenarioResult> results) {
        return notShown(results, ScenarioResult::tableLinesShown, (edition, shown) -> Coverage.lines(edition.rules()).stream()
                .filter(line -> !shown.contains(line.key())).map(Coverage.Line::report).toList());
    }

    /** By edition: what {@code missing} finds missing from all that its scenarios' {@code shown} hold together. */
    private Map<String, List<String>> notShown(List<ScenarioResult> results,
            java.util.function.Function<ScenarioResult, Set<String>> shown,
            java.util.function.BiFunction<CompiledEdition, Set<String>, List<String>> missing) {
        Map<String, List<String>> notShown = new LinkedHashMap<>();
        for (CompiledEdition edition : editions) {
            Set<String> all = new TreeSet<>();
            results.stream().filter(r -> r.edition().equals(edition.edition().id())).forEach(r -> all.addAll(shown.apply(r)));
            notShown.put(edition.edition().id(), missing.apply(edition, all));
        }
        return notShown;
    }

    /** The ids of every rule of each edition, by edition id: what scenarios can be checked to cover. */
    public Map<String, Set<String>> ruleIds() {
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        editions.forEach(e -> ids.put(e.edition().id(), e.ruleIds()));
        return ids;
    }

    /** Every problem that keeps {@code portfolio} from being assessed; empty when it can be. */
    public List<Problem> validate(Portfolio portfolio, LocalDate asOf) {
        try {
            check(portfolio, asOf, new ArrayList<>(), i -> i, Set.of(), null, List.of());
            return List.of();
        } catch (InvalidPortfolioException e) {
            return e.problems();
        }
    }

    /** A valid portfolio's edition and assessment date. */
    private record Checked(CompiledEdition edition, LocalDate day) {
    }

    /** Validates against the edition in force (or {@code forced}); throws with every problem, the form's included. */
    private Checked check(Portfolio portfolio, LocalDate asOf, List<Problem> problems, IntUnaryOperator claimIndex,
            Set<String> reported, CompiledEdition forced) {
        return check(portfolio, asOf, problems, claimIndex, reported, forced, List.of());
    }

    private Checked check(Portfolio portfolio, LocalDate asOf, List<Problem> problems, IntUnaryOperator claimIndex,
            Set<String> reported, CompiledEdition forced, List<Adjustment> adjustments) {
        if (portfolio.claims() != null && portfolio.claims().size() > limits.claims()) {
            throw new InvalidPortfolioException(List.of(new Problem("claims", "lists " + portfolio.claims().size()
                    + " claims; at most " + limits.claims() + " are accepted")));
        }
        LocalDate day = assessmentDate(portfolio, asOf);
        CompiledEdition edition = forced != null ? forced : editionFor(portfolio, problems);
        List<String> areas = (edition == null ? editions.get(editions.size() - 1) : edition).edition().areaCodes();
        for (Problem problem : PortfolioValidation.validate(portfolio, day, new KnownAreas(areas), claimIndex)) {
            if (!reported.contains(problem.path())) {
                problems.add(problem);
            }
        }
        problems.addAll(AdjustmentCheck.problems(portfolio, adjustments, areas));
        if (!problems.isEmpty()) {
            problems.sort(ProblemOrder.DOCUMENT);
            throw new InvalidPortfolioException(problems);
        }
        return new Checked(edition, day);
    }

    /**
     * Assesses {@code portfolio} (with the Review Board's {@code adjustments}, which may be empty)
     * and explains its notes: what each refers to and what to do about it, in words. It costs a
     * few more assessments per noted claim, as each reference is found by asking the rules.
     *
     * @throws InvalidPortfolioException with every problem, when the portfolio cannot be assessed
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3")
    public Explanation explain(Portfolio portfolio, LocalDate asOf, List<Adjustment> adjustments) {
        adjustments = adjustments == null ? List.of() : adjustments;
        Checked checked = check(portfolio, asOf, new ArrayList<>(), i -> i, Set.of(), null, adjustments);
        Assessment assessment = Scorer.score(checked.edition(), portfolio, checked.day(), adjustments, null);
        return NoteExplainer.explain(checked.edition(), portfolio, checked.day(), adjustments, assessment);
    }

    /** {@link #explain(Portfolio, LocalDate, List)} for a portfolio in the JSON format, without adjustments. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3")
    public Explanation explainJson(String json, LocalDate asOf) {
        CheckedJson read = readChecked(json, asOf, null, null, List.of());
        Assessment assessment = Scorer.score(read.checked().edition(), read.portfolio(), read.checked().day());
        return NoteExplainer.explain(read.checked().edition(), read.portfolio(), read.checked().day(), List.of(), assessment);
    }

    /** The edition that assesses {@code portfolio}: the one in force on its registration date (the latest one when it has none). */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3")
    public Edition editionFor(Portfolio portfolio) {
        CompiledEdition inForce = portfolio.registeredOn() == null ? null : editionFor(portfolio, new ArrayList<>());
        return (inForce == null ? editions.get(editions.size() - 1) : inForce).edition();
    }

    /**
     * What {@code portfolio} still needs for {@code level} (its own target level when null):
     * each shortfall with ways to close it, the claims waiting for evidence, and a plan. Every
     * suggestion is found by assessing hypothetical claims with the same rules.
     *
     * @throws InvalidPortfolioException with every problem, when the portfolio cannot be assessed
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public GapAnalysis gap(Portfolio portfolio, LocalDate asOf, Integer level) {
        Portfolio target = level == null ? portfolio : portfolio.withTargetLevel(level);
        Checked checked = check(target, asOf, new ArrayList<>(), i -> i, Set.of(), null);
        return GapFinder.analyse(checked.edition(), target, checked.day());
    }

    /** {@link #gap(Portfolio, LocalDate, Integer)} for a portfolio in the JSON format. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public GapAnalysis gapJson(String json, LocalDate asOf, Integer level) {
        CheckedJson read = readChecked(json, asOf, level, null, List.of());
        return GapFinder.analyse(read.checked().edition(), read.portfolio(), read.checked().day());
    }

    private static LocalDate assessmentDate(Portfolio portfolio, LocalDate asOf) {
        if (portfolio.submittedOn() != null) {
            return portfolio.submittedOn();
        }
        return asOf == null ? LocalDate.now(PROGRAM_ZONE) : asOf;
    }

    /** The edition with the latest effective date on or before registration; a problem when there is none. */
    private CompiledEdition editionFor(Portfolio portfolio, List<Problem> problems) {
        if (portfolio.registeredOn() == null) {
            return null;
        }
        CompiledEdition inForce = null;
        for (CompiledEdition edition : editions) {
            if (!edition.edition().effectiveFrom().isAfter(portfolio.registeredOn())) {
                inForce = edition;
            }
        }
        if (inForce == null) {
            Edition earliest = editions.get(0).edition();
            problems.add(new Problem("registeredOn", "no rule edition was in force on " + portfolio.registeredOn()
                    + " (the earliest, \"" + earliest.id() + "\", applies from " + earliest.effectiveFrom() + ")"));
        }
        return inForce;
    }
}
