package org.mla.para.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.mla.para.engine.internal.CompiledEdition;
import org.mla.para.engine.internal.EditionSource;
import org.mla.para.engine.internal.Scorer;
import org.mla.para.model.Assessment;
import org.mla.para.model.Portfolio;
import org.mla.para.model.scoring.Candidate;
import org.mla.para.model.scoring.ClaimScore;
import org.mla.para.model.scoring.Tally;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.quicktheories.QuickTheory;

/**
 * Throughput of the Drools engine against the plain-Java reference scorer, on the same
 * generated portfolios with full explanations; the engine taken apart (validation alone,
 * scoring alone, and the cheapest rules Drools could run); and assessment time by number of
 * claims. See docs/performance.md for the command and the figures.
 */
public class AssessmentBenchmarks {

    /** Portfolios of a given number of claims, generated with a fixed seed, and one engine. */
    abstract static class Workload {

        ParaEngine engine;
        List<Portfolio> portfolios;
        int next;

        void prepare(int claims) {
            engine = ParaEngine.builder().withBundledEditions().withLimits(new Limits(10_000_000, 100_000, 1_000)).build();
            portfolios = generate(claims, 16);
        }

        Portfolio next() {
            next = (next + 1) % portfolios.size();
            return portfolios.get(next);
        }
    }

    /** Portfolios of 25 claims, as issue 6 measures throughput. */
    @State(Scope.Benchmark)
    public static class Portfolios extends Workload {

        @Setup
        public void setUp() {
            prepare(25);
        }
    }

    /** Portfolios of 10, 100 and 1,000 claims, for how time grows with size. */
    @State(Scope.Benchmark)
    public static class Sized extends Workload {

        @Param({"10", "100", "1000"})
        public int claims;

        @Setup
        public void setUp() {
            prepare(claims);
        }
    }

    /**
     * The same portfolios, for the engine's parts: the reference edition compiled as the engine
     * compiles it, and the floor edition ({@code floor/floor.drl}: one firing per claim, no
     * modify; not a scorer) compiled to the executable model.
     */
    @State(Scope.Benchmark)
    public static class Parts extends Workload {

        CompiledEdition reference;
        KieSessionsPool floor;

        @Setup
        public void setUp() throws IOException {
            prepare(25);
            reference = CompiledEdition.compile(EditionSource.bundled(AssessmentBenchmarks.class.getClassLoader()).stream()
                    .filter(source -> source.edition().id().equals("reference")).findFirst().orElseThrow());
            floor = floorRules();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Assessment engine(Portfolios state) {
        return state.engine.assess(state.next(), PortfolioGenerators.AS_OF);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Assessment referenceScorer(Portfolios state) {
        return ReferenceScorer.score(state.next(), PortfolioGenerators.AS_OF);
    }

    /** Bean Validation of the portfolio, as every assessment runs it first. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Problem> validation(Parts state) {
        return state.engine.validate(state.next(), PortfolioGenerators.AS_OF);
    }

    /** The reference edition's rules on a portfolio known to be valid: the engine without validation. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Assessment scoring(Parts state) {
        return Scorer.score(state.reference, state.next(), PortfolioGenerators.AS_OF);
    }

    /**
     * The floor edition, with what the engine does around it (pooled session, facts inserted,
     * each claim's rule id recorded): what any edition firing once per claim costs at least.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public FloorRun droolsFloor(Parts state) {
        return floor(state.floor, state.next(), true);
    }

    /**
     * A pooled session of the floor edition with the portfolio's claims and their scores
     * inserted, but no candidate or tally, so that no rule fires: what a session costs before
     * any rule runs.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public FloorRun droolsEmptySession(Parts state) {
        return floor(state.floor, state.next(), false);
    }

    /** What one run of the floor edition did: the tally, each claim's score, and how many rules fired. */
    record FloorRun(Tally tally, List<ClaimScore> scores, int firings) {
    }

    /** Runs the floor edition on {@code portfolio}; without {@code candidate}, with only the claims and their scores. */
    static FloorRun floor(KieSessionsPool rules, Portfolio portfolio, boolean candidate) {
        KieSession session = rules.newKieSession();
        RuleIds ruleIds = new RuleIds();
        Tally tally = new Tally();
        List<ClaimScore> scores = new ArrayList<>(portfolio.claims().size());
        int firings;
        try {
            session.addEventListener(ruleIds);
            if (candidate) {
                session.insert(new Candidate(portfolio.targetLevel(), PortfolioGenerators.AS_OF, portfolio.heldLevels()));
                session.insert(tally);
            }
            for (int i = 0; i < portfolio.claims().size(); i++) {
                ClaimScore score = new ClaimScore(portfolio.claims().get(i), i);
                scores.add(score);
                session.insert(portfolio.claims().get(i));
                session.insert(score);
            }
            firings = session.fireAllRules();
        } finally {
            session.removeEventListener(ruleIds);
            session.dispose();
        }
        return new FloorRun(tally, scores, firings);
    }

    /** Records each claim's rule id, as the engine does for its explanations. */
    static final class RuleIds extends DefaultAgendaEventListener {

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            for (Object fact : event.getMatch().getObjects()) {
                if (fact instanceof ClaimScore score && score.isRuleAwaited()) {
                    score.setRule(Scorer.idOf(event.getMatch().getRule()));
                }
            }
        }
    }

    static KieSessionsPool floorRules() throws IOException {
        String drl;
        try (InputStream in = AssessmentBenchmarks.class.getResourceAsStream("floor/floor.drl")) {
            drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem()
                .generateAndWritePomXML(kie.newReleaseId("org.mla.para.benchmarks", "floor", "1"))
                .write("src/main/resources/org/mla/para/engine/floor/floor.drl", drl);
        KieBuilder builder = kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("floor.drl does not compile: " + builder.getResults().getMessages());
        }
        return kie.newKieContainer(kie.newReleaseId("org.mla.para.benchmarks", "floor", "1")).getKieBase()
                .newKieSessionsPool(1);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Assessment scaling(Sized state) {
        return state.engine.assess(state.next(), PortfolioGenerators.AS_OF);
    }

    static List<Portfolio> generate(int claims, int count) {
        List<Portfolio> portfolios = new ArrayList<>();
        QuickTheory.qt().withFixedSeed(claims).withExamples(count)
                .forAll(PortfolioGenerators.portfolios().zip(PortfolioGenerators.claims(claims, claims), (portfolio, all) ->
                        portfolio.withClaims(all)))
                .checkAssert(portfolios::add);
        return portfolios;
    }

}
