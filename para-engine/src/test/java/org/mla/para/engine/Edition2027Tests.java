package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mla.para.model.Applicant;
import org.mla.para.model.Assessment;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.Note;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Presentation;
import org.mla.para.model.Workshop;

/**
 * A 2027 edition made as a maintainer makes one: a copy of the reference edition's folder with
 * five changes in its rule files (workshops at 6 points an hour, Level 2's TOTAL 20 higher, a
 * new area, at most 3 presentations and at most 15 points of conferences per portfolio), its
 * own scenarios, and nothing else: no Java, no registration of the folder. Each cap is one line
 * added to {@code caps.drl}, and only its scenario puts it to work.
 */
class Edition2027Tests {

    private static final Path EDITION = Path.of("src/test/resources/edition-2027");
    private static final Path REFERENCE = Path.of("../para-rules/src/main/resources/org/mla/para/rules/reference");
    private static final String PRESENTATIONS = "insert(Cap.atMost(3).claims().perPortfolio().of(ClaimType.PRESENTATION));";
    private static final String CONFERENCES = "insert(Cap.atMost(15).points().perPortfolio().of(ClaimType.CONFERENCE));";

    @Test
    void theEditionPassesTheRuleCheckAndItsScenariosFireEveryRule() {
        ParaEngine engine = ParaEngine.fromDirectory(EDITION);

        assertThat(engine.checkRules()).isEmpty();
        List<ScenarioResult> results = engine.runScenarios();
        assertThat(results).hasSizeGreaterThanOrEqualTo(16).allSatisfy(r -> assertThat(r.differences()).as(r.scenario()).isEmpty());
        assertThat(engine.rulesNotFired(results).get("edition-2027")).isEmpty();
        assertThat(engine.tableLinesNotShown(results).get("edition-2027")).isEmpty();
    }

    @Test
    void eachNewCapIsOneLineAddedToTheReferenceEditionsCaps() throws IOException {
        List<String> reference = Files.readAllLines(REFERENCE.resolve("caps.drl"));
        List<String> edition = new ArrayList<>(Files.readAllLines(EDITION.resolve("caps.drl")));

        assertThat(edition.removeIf(line -> line.strip().equals(PRESENTATIONS) || line.strip().equals(CONFERENCES))).isTrue();
        assertThat(edition).as("caps.drl without the two new lines").isEqualTo(reference);
        assertThat(Files.readAllLines(EDITION.resolve("caps.drl"))).hasSize(reference.size() + 2);
    }

    @Test
    void theOtherRuleFilesDifferFromTheReferenceOnlyInTheWorkshopRateAndTheLevelTwoTotal() throws IOException {
        Map<String, Integer> changed = new TreeMap<>();
        try (var files = Files.list(REFERENCE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl") && !f.endsWith("caps.drl")).toList()) {
                List<String> reference = Files.readAllLines(file);
                List<String> edition = Files.readAllLines(EDITION.resolve(file.getFileName().toString()));
                assertThat(edition).as(file.getFileName().toString()).hasSameSizeAs(reference);
                int differing = 0;
                for (int i = 0; i < reference.size(); i++) {
                    differing += reference.get(i).equals(edition.get(i)) ? 0 : 1;
                }
                if (differing > 0) {
                    changed.put(file.getFileName().toString(), differing);
                }
            }
        }
        // the workshop rule's name and rate; Level 2's line, its rule's name and the table in the comment
        assertThat(changed).containsExactly(Map.entry("education.drl", 2), Map.entry("levels.drl", 3));
    }

    @Test
    void withoutTheirScenariosTheNewCapsAreListedAsPutToWorkByNoScenario(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("edition-2027");
        copyFolder(EDITION, copy);
        Files.delete(copy.resolve("scenarios/presentation-cap.json"));
        Files.delete(copy.resolve("scenarios/conference-cap.json"));
        ParaEngine engine = ParaEngine.fromDirectory(dir);

        List<String> notShown = engine.tableLinesNotShown(engine.runScenarios()).get("edition-2027");

        String caps = copy + "/caps.drl:";
        assertThat(notShown).contains(
                "CAPS (" + caps + 32 + "): the cap " + PRESENTATIONS.replaceAll("^insert\\((.*)\\);$", "$1") + " takes points from no claim",
                "CAPS (" + caps + 33 + "): the cap " + CONFERENCES.replaceAll("^insert\\((.*)\\);$", "$1") + " takes points from no claim");
    }

    @Test
    void aCappedPresentationIsExplainedByTheCapAsDeclaredAndThePresentationsItCounted() {
        ParaEngine engine = ParaEngine.fromDirectory(EDITION);
        Portfolio portfolio = Portfolio.of(new Applicant("A-2027", "Pat Doe", null, null), 1, LocalDate.of(2027, 1, 4))
                .withClaims(List.of(presentation("p1", "Weeding"), presentation("p2", "weeding"), presentation("p3", "Storytime"),
                        presentation("p4", "Makerspaces"), presentation("p5", "Reader Advisory")));

        Explanation.Reason reason = engine.explain(portfolio, LocalDate.of(2027, 2, 20), List.of()).reasons("p5").get(0);

        assertThat(reason.note()).isEqualTo(Note.CAPPED);
        assertThat(reason.claims()).containsExactly("p1", "p3", "p4");
        assertThat(reason.reference()).isEqualTo("CAPPED: presentation 3 claims a portfolio, used by p1, p3, p4");
        assertThat(reason.words()).isEqualTo("at most 3 presentations count per portfolio; p1, p3 and p4 already count");
    }

    private static Presentation presentation(String id, String title) {
        return new Presentation(id, title, "GENERAL", LocalDate.of(2026, 3, 1), List.of(EvidenceKind.PROGRAM));
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    @Test
    void aPortfolioIsAssessedUnderTheEditionInForceOnItsRegistrationDay() {
        // The reference edition from its folder, not the bundled editions: a bundled one of 2027 would clash with this one.
        ParaEngine engine = ParaEngine.builder().withEditionsIn(REFERENCE).withEditionsIn(EDITION).build();

        Assessment before = engine.assess(registeredOn(LocalDate.of(2026, 12, 31)));
        Assessment after = engine.assess(registeredOn(LocalDate.of(2027, 1, 1)));

        assertThat(before.edition()).isEqualTo("reference");
        assertThat(before.claim("w1").orElseThrow().points()).isEqualTo(10);
        assertThat(after.edition()).isEqualTo("edition-2027");
        assertThat(after.claim("w1").orElseThrow().points()).isEqualTo(12);
    }

    private static Portfolio registeredOn(LocalDate day) {
        return new Portfolio(new Applicant("A-2027", "Pat Doe", null, null), 1, day, LocalDate.of(2027, 2, 1), List.of(),
                List.of(new Workshop("w1", "Reference Interviews", "REFERENCE", LocalDate.of(2026, 10, 15), new java.math.BigDecimal("2"),
                        List.of(EvidenceKind.CERTIFICATE))));
    }
}
