package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.engine.Fixtures.AS_OF;
import static org.mla.para.engine.Fixtures.level;
import static org.mla.para.engine.Fixtures.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mla.para.model.Portfolio;

class ReloadableParaEngineTests {

    private static final Portfolio TWO_HOURS = level(1).with(workshop("w1", "2")).portfolio();

    private static int workshopPoints(ParaEngine engine) {
        return engine.assess(TWO_HOURS, AS_OF).claim("w1").orElseThrow().points();
    }

    private static void setWorkshopRate(Path edition, int rate) throws IOException {
        Path education = edition.resolve("education.drl");
        Files.writeString(education, Files.readString(education)
                .replaceAll("Points\\.times\\(\\$workshop\\.hours\\(\\), \\d+\\)", "Points.times(\\$workshop.hours(), " + rate + ")"));
    }

    @Test
    void aGoodEditIsSwappedIn(@TempDir Path dir) throws IOException {
        Path edition = ParaEngineTests.copyReferenceEdition(dir.resolve("rules"));
        ReloadableParaEngine rules = ReloadableParaEngine.open(dir);
        assertThat(workshopPoints(rules.current())).isEqualTo(10);

        setWorkshopRate(edition, 7);

        assertThat(rules.reload()).isEmpty();
        assertThat(workshopPoints(rules.current())).isEqualTo(14);
    }

    @Test
    void aBrokenEditIsReportedAndTheRulesInServiceKeepServing(@TempDir Path dir) throws IOException {
        Path edition = ParaEngineTests.copyReferenceEdition(dir.resolve("rules"));
        ReloadableParaEngine rules = ReloadableParaEngine.open(dir);
        ParaEngine before = rules.current();
        Files.writeString(edition.resolve("education.drl"), "rule \"half a rule\" when then", java.nio.file.StandardOpenOption.APPEND);

        List<Problem> problems = rules.reload();

        assertThat(problems).isNotEmpty().allMatch(p -> p.path().contains("education.drl"));
        assertThat(rules.current()).isSameAs(before);
        assertThat(workshopPoints(rules.current())).isEqualTo(10);
    }

    @Test
    void assessmentsRunningDuringReloadsEachUseOneWholeEdition(@TempDir Path dir) throws Exception {
        Path edition = ParaEngineTests.copyReferenceEdition(dir.resolve("rules"));
        ReloadableParaEngine rules = ReloadableParaEngine.open(dir);
        AtomicBoolean reloading = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<Integer>>> workers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                workers.add(pool.submit(() -> {
                    List<Integer> seen = new ArrayList<>();
                    while (reloading.get() || seen.isEmpty()) {
                        seen.add(workshopPoints(rules.current()));
                    }
                    return seen;
                }));
            }
            for (int rate : new int[] {7, 8}) {
                setWorkshopRate(edition, rate);
                assertThat(rules.reload()).isEmpty();
            }
            reloading.set(false);
            for (Future<List<Integer>> worker : workers) {
                assertThat(worker.get()).isNotEmpty().isSubsetOf(10, 14, 16);
            }
            assertThat(workshopPoints(rules.current())).isEqualTo(16);
        } finally {
            pool.shutdownNow();
        }
    }
}
