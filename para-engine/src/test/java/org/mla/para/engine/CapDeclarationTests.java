package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mla.para.engine.Fixtures.AS_OF;
import static org.mla.para.engine.Fixtures.ceu;
import static org.mla.para.engine.Fixtures.conference;
import static org.mla.para.engine.Fixtures.level;
import static org.mla.para.engine.Fixtures.membership;
import static org.mla.para.engine.Fixtures.presentation;
import static org.mla.para.engine.Fixtures.workshop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mla.para.model.Assessment;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.Note;

/**
 * Caps are declared, one line each, in an edition's caps.drl. The two examples of the
 * maintainers' guide are taken from the guide itself, added to a copy of the reference
 * edition as the guide says, and checked by scenarios that fail without them.
 */
class CapDeclarationTests {

    private static final Path GUIDE = Path.of("../docs/maintaining-rules.md");

    @Test
    void atMostThreePresentationsPerPortfolioIsTheGuidesOneLineAndItsScenarioHolds(@TempDir Path dir) throws IOException {
        assertTheGuidesCapPassesItsScenarioAndOnlyWithIt(dir, "ClaimType.PRESENTATION", "at-most-3-presentations");
    }

    @Test
    void conferenceAttendanceAtMostFifteenPointsIsTheGuidesOneLineAndItsScenarioHolds(@TempDir Path dir) throws IOException {
        assertTheGuidesCapPassesItsScenarioAndOnlyWithIt(dir, "ClaimType.CONFERENCE", "conference-at-most-15-points");
    }

    @Test
    void aCapInClaimsPerOrganizationLimitsEachOrganizationOnItsOwn(@TempDir Path dir) throws IOException {
        ParaEngine engine = withCaps(dir, "insert(Cap.atMost(1).claims().perOrganization().of(ClaimType.MEMBERSHIP));");
        Assessment assessment = engine.assess(level(1)
                .with(membership("m1", "MLA", "2021-01-01", "2023-01-01"))
                .with(membership("m2", "NELA", "2021-01-01", "2023-01-01"))
                .with(membership("m3", " mla ", "2023-06-01", "2025-06-01"))
                .portfolio(), AS_OF);

        assertThat(claim(assessment, "m1").points()).isEqualTo(4);
        assertThat(claim(assessment, "m2").points()).isEqualTo(4);
        assertThat(claim(assessment, "m3").points()).isZero();
        assertThat(claim(assessment, "m3").notes()).containsExactly(Note.CAPPED);
    }

    @Test
    void aCapOnAGroupOfTypesIsSharedByThemInClaimOrder(@TempDir Path dir) throws IOException {
        ParaEngine engine = withCaps(dir, "insert(Cap.atMost(60).points().perPortfolio().of(ClaimType.WORKSHOP, ClaimType.CEU));");
        Assessment assessment = engine.assess(level(1)
                .with(workshop("w1", "4"))
                .with(ceu("c1", "0.6"))
                .with(workshop("w2", "3"))
                .portfolio(), AS_OF);

        assertThat(claim(assessment, "w1").points()).isEqualTo(20);
        assertThat(claim(assessment, "c1").points()).isEqualTo(30);
        assertThat(claim(assessment, "w2").points()).isEqualTo(10);
        assertThat(claim(assessment, "w2").notes()).containsExactly(Note.CAPPED);
        assertThat(claim(assessment, "w2").rule()).isEqualTo("EDU-WORKSHOP");
    }

    @Test
    void capsOnTheSameClaimsApplyInTheOrderDeclared(@TempDir Path dir) throws IOException {
        ParaEngine engine = withCaps(dir,
                "insert(Cap.atMost(2).claims().perPortfolio().of(ClaimType.CONFERENCE));",
                "insert(Cap.atMost(10).points().perPortfolio().of(ClaimType.CONFERENCE));");
        Assessment assessment = engine.assess(level(1)
                .with(conference("f1", "2025-05-19", 3))
                .with(conference("f2", "2025-06-19", 2))
                .with(conference("f3", "2025-07-19", 1))
                .portfolio(), AS_OF);

        assertThat(List.of(claim(assessment, "f1").points(), claim(assessment, "f2").points(), claim(assessment, "f3").points()))
                .containsExactly(9, 1, 0);
        assertThat(claim(assessment, "f3").notes()).containsExactly(Note.CAPPED);
    }

    @Test
    void aPresentationThatIsCappedIsNotADuplicateAndADuplicateTakesNoShare(@TempDir Path dir) throws IOException {
        ParaEngine engine = withCaps(dir, "insert(Cap.atMost(1).claims().perPortfolio().of(ClaimType.PRESENTATION));");
        Assessment assessment = engine.assess(level(1)
                .with(presentation("p1", "Weeding", "2025-03-01"))
                .with(presentation("p2", "weeding", "2025-04-01"))
                .with(presentation("p3", "Makerspaces", "2025-05-01"))
                .portfolio(), AS_OF);

        assertThat(claim(assessment, "p1").points()).isEqualTo(10);
        assertThat(claim(assessment, "p2").notes()).containsExactly(Note.DUPLICATE);
        assertThat(claim(assessment, "p3").notes()).containsExactly(Note.CAPPED);
    }

    private static void assertTheGuidesCapPassesItsScenarioAndOnlyWithIt(Path dir, String type, String scenario)
            throws IOException {
        Path without = ParaEngineTests.copyReferenceEdition(dir.resolve("without").resolve("reference"));
        copyScenario(without, scenario);
        assertThat(ParaEngine.fromDirectory(dir.resolve("without")).runScenarios())
                .filteredOn(result -> result.scenario().equals(scenario))
                .singleElement().satisfies(result -> assertThat(result.passed()).as("fails without the cap").isFalse());

        String line = guideCapLine(type);
        Path edition = ParaEngineTests.copyReferenceEdition(dir.resolve("with").resolve("reference"));
        copyScenario(edition, scenario);
        Path caps = edition.resolve("caps.drl");
        String before = Files.readString(caps);
        Files.writeString(caps, addCapLines(before, line));
        assertThat(Files.readAllLines(caps)).as("one line added").hasSize((int) before.lines().count() + 1);

        List<ScenarioResult> results = ParaEngine.fromDirectory(dir.resolve("with")).runScenarios();
        assertThat(results).allSatisfy(result -> assertThat(result.passed()).as(result.toString()).isTrue());
        assertThat(results).extracting(ScenarioResult::scenario).contains(scenario);
    }

    /** The line of the guide's caps recipe that declares the cap on {@code type}. */
    private static String guideCapLine(String type) throws IOException {
        List<String> lines = Files.readAllLines(GUIDE).stream().map(String::strip)
                .filter(line -> line.startsWith("insert(Cap.") && line.contains(type + ")")).distinct().toList();
        assertThat(lines).as("the guide shows one cap line for " + type).hasSize(1);
        return lines.get(0);
    }

    /** Adds each line after the last cap the edition declares, as the guide says. */
    static String addCapLines(String caps, String... lines) {
        int last = caps.lastIndexOf("    insert(Cap.");
        int end = caps.indexOf('\n', last) + 1;
        StringBuilder added = new StringBuilder();
        for (String line : lines) {
            added.append("    ").append(line).append('\n');
        }
        return caps.substring(0, end) + added + caps.substring(end);
    }

    private static ParaEngine withCaps(Path dir, String... lines) throws IOException {
        Path edition = ParaEngineTests.copyReferenceEdition(dir.resolve("reference"));
        Path caps = edition.resolve("caps.drl");
        Files.writeString(caps, addCapLines(Files.readString(caps), lines));
        return ParaEngine.fromDirectory(dir);
    }

    private static void copyScenario(Path edition, String scenario) throws IOException {
        Files.createDirectories(edition.resolve("scenarios"));
        try (InputStream in = CapDeclarationTests.class.getResourceAsStream("/caps/" + scenario + ".json")) {
            Files.copy(in, edition.resolve("scenarios").resolve(scenario + ".json"));
        }
    }

    private static ClaimAssessment claim(Assessment assessment, String id) {
        return assessment.claims().stream().filter(claim -> claim.id().equals(id)).findFirst().orElseThrow();
    }
}
