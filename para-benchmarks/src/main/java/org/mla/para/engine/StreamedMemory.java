package org.mla.para.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.mla.para.model.Portfolio;

/**
 * Assesses many generated portfolios one by one and prints the heap in use after a full GC at
 * intervals: it must stay flat (no session, fact or listener left behind). Run:
 * {@code java -Xmx256m -cp para-benchmarks/target/benchmarks.jar org.mla.para.engine.StreamedMemory 100000}.
 */
public final class StreamedMemory {

    private StreamedMemory() {
    }

    public static void main(String[] args) {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int every = Math.max(1, total / 10);
        ParaEngine engine = ParaEngine.bundled();
        List<Portfolio> portfolios = AssessmentBenchmarks.generate(25, 64);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long started = System.nanoTime();
        for (int i = 1; i <= total; i++) {
            engine.assess(portfolios.get(i % portfolios.size()), PortfolioGenerators.AS_OF);
            if (i % every == 0) {
                System.gc();
                System.out.printf("%,9d assessed  %6.1f MiB in use after GC  %5.1f s%n", i,
                        memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0), (System.nanoTime() - started) / 1e9);
            }
        }
    }
}
