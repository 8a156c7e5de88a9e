package org.mla.para.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mla.para.model.Assessment;
import org.mla.para.model.Portfolio;
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
 * generated portfolios with full explanations; and assessment time by number of claims.
 * See docs/performance.md for the command and the figures.
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
