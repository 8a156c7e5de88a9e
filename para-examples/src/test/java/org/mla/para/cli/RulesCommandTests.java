package org.mla.para.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTests {

    private static final String BUNDLED = "../para-rules/src/main/resources/org/mla/para/rules/reference";

    /** A copy of the bundled edition whose first cap is -20: its caps.drl. */
    private static Path copyOfBundledWithANegativeCap(Path dir) throws IOException {
        Path caps = copyOfBundled(dir).resolve("caps.drl");
        Files.writeString(caps, Files.readString(caps).replace("Cap.atMost(20)", "Cap.atMost(-20)"));
        return caps;
    }

    /** A maintainer's working copy of the bundled edition, scenarios included. */
    private static Path copyOfBundled(Path dir) throws IOException {
        Path target = dir.resolve("reference");
        GuideFollower.copyTree(Path.of(BUNDLED), target);
        return target;
    }

    @Test
    void assessChoosesTheEditionInForceAtRegistrationAmongARuleDirectorysEditions(@TempDir Path dir) throws IOException {
        copyOfBundled(dir);
        Path later = copyOfBundled(dir.resolve("later-copy")).getParent();
        Files.move(later.resolve("reference"), dir.resolve("later"));
        Path descriptor = dir.resolve("later/edition.json");
        Files.writeString(descriptor, Files.readString(descriptor).replace("\"reference\"", "\"later\"")
                .replace("2020-03-12", "2025-10-01"));
        String jane = Files.readString(Path.of("samples/level1-eligible-jane.json"));
        Path before = dir.resolve("registered-before.json");
        Files.writeString(before, jane.replace("\"registeredOn\": \"2025-09-01\"", "\"registeredOn\": \"2025-09-30\""));
        Path after = dir.resolve("registered-after.json");
        Files.writeString(after, jane.replace("\"registeredOn\": \"2025-09-01\"", "\"registeredOn\": \"2025-10-01\""));

        Para para = Para.run("assess", "--json", "--rules", dir.toString(), before.toString(), after.toString());

        assertThat(para.err()).isEmpty();
        assertThat(para.outLines()).hasSize(2);
        assertThat(para.outLines().get(0)).contains("\"edition\":\"reference\"");
        assertThat(para.outLines().get(1)).contains("\"edition\":\"later\"");
    }

    @Test
    void checkPassesTheBundledEdition() {
        Para para = Para.run("rules", "check", BUNDLED);

        assertThat(para.exitCode()).isZero();
        assertThat(para.out()).startsWith("OK reference (in force from 2020-03-12): ").contains(" rules, 7 areas");
    }

    @Test
    void checkReportsEachProblemWithFileLineAndColumnAndExitsThree(@TempDir Path dir) throws IOException {
        Path edition = copyOfBundled(dir);
        Path awards = edition.resolve("activities.drl");
        Files.writeString(awards, Files.readString(awards).replace("    @id(\"PA-AWARD\")\n", "")
                .replace("import org.mla.para.model.Award;", "import org.mla.para.model.Award;\nimport java.io.File;"));

        Para para = Para.run("rules", "check", dir.toString());

        assertThat(para.exitCode()).isEqualTo(3);
        assertThat(para.errLines()).anyMatch(line -> line.startsWith(awards + ":12:8: \"java.io.File\" is not allowed"))
                .anyMatch(line -> line.matches(java.util.regex.Pattern.quote(awards.toString()) + ":\\d+:1: rule \"Award: 10 points\" has no @id.*"))
                .last().isEqualTo("2 problems in " + dir);
        assertThat(para.out()).isEmpty();
    }

    @Test
    void testRunsEveryScenarioAndPasses() {
        Para para = Para.run("rules", "test", BUNDLED);

        assertThat(para.exitCode()).isZero();
        assertThat(para.outLines()).contains("PASS reference/eligible-for-level-1").last().asString().endsWith(" passed, 0 failed");
    }

    @Test
    void aChangedExpectationFailsNamingTheScenario(@TempDir Path dir) throws IOException {
        Path scenario = copyOfBundled(dir).resolve("scenarios/eligible-for-level-1.json");
        Files.writeString(scenario, Files.readString(scenario).replace("\"totalPoints\": 138", "\"totalPoints\": 139"));

        Para para = Para.run("rules", "test", dir.toString());

        assertThat(para.exitCode()).isEqualTo(1);
        assertThat(para.outLines()).contains("FAIL reference/eligible-for-level-1: totalPoints: expected 139, was 138")
                .last().asString().endsWith(" passed, 1 failed");
    }

    @Test
    void aRuleChangeThatBreaksAScenarioIsCaught(@TempDir Path dir) throws IOException {
        Path education = copyOfBundled(dir).resolve("education.drl");
        Files.writeString(education, Files.readString(education).replace("Points.times($workshop.hours(), 5)",
                "Points.times($workshop.hours(), 4)"));

        Para para = Para.run("rules", "test", dir.toString());

        assertThat(para.exitCode()).isEqualTo(1);
        assertThat(para.outLines()).anyMatch(line -> line.startsWith("FAIL reference/education-points: ")
                && line.contains("claims.w1.points: expected 7, was 6"));
    }

    @Test
    void aScenarioWithATypoInItsExpectationIsReportedNotIgnored(@TempDir Path dir) throws IOException {
        Path scenario = copyOfBundled(dir).resolve("scenarios/cross-training-cap.json");
        Files.writeString(scenario, Files.readString(scenario).replace("\"sourcePoints\"", "\"sourcePoint\""));

        Para para = Para.run("rules", "test", dir.toString());

        assertThat(para.outLines()).anyMatch(line -> line.startsWith("FAIL reference/cross-training-cap: expect.sourcePoint: unknown field"));
    }

    @Test
    void theBundledEditionsScenariosFireEveryRule() {
        Para para = Para.run("rules", "test", "--require-coverage", BUNDLED);

        assertThat(para.err()).isEmpty();
        assertThat(para.exitCode()).isZero();
        assertThat(para.outLines()).last().asString().endsWith(" passed, 0 failed");
    }

    @Test
    void aScenarioThatIsNotValidJsonSaysWhereAndWhatInPlainWords(@TempDir Path dir) throws IOException {
        Path edition = copyOfBundled(dir);
        Path scenario = edition.resolve("scenarios/cross-training-cap.json");
        Files.writeString(scenario, Files.readString(scenario).replaceFirst("\"portfolio\"", "\"portfolio\" \"x\""));

        Para para = Para.run("rules", "test", dir.toString());

        assertThat(para.exitCode()).isEqualTo(1);
        assertThat(para.outLines()).anyMatch(l -> l.matches("FAIL reference/cross-training-cap: not valid JSON at line \\d+, column \\d+: .+"))
                .noneMatch(l -> l.contains("Unexpected character") || l.contains("code 34") || l.contains("Source:"));
    }

    @Test
    void rulesThatFailOnTheScenariosAreABrokenEditionSaidOnceAndNotACoverageReport(@TempDir Path dir) throws IOException {
        Path caps = copyOfBundledWithANegativeCap(dir);

        Para para = Para.run("rules", "test", "--require-coverage", dir.toString());

        assertThat(para.exitCode()).isEqualTo(3);
        List<String> failed = para.outLines().stream().filter(l -> l.startsWith("FAIL ")).toList();
        assertThat(failed).hasSizeGreaterThan(1);
        assertThat(failed.get(0)).contains(": the rules failed: " + caps + ":").endsWith("a cap's limit cannot be negative: Cap.atMost(-20)");
        assertThat(failed.subList(1, failed.size())).allMatch(l -> l.endsWith(": the rules failed, as above"));
        assertThat(para.errLines()).containsExactly("The rules are broken (see the FAIL lines): what no scenario shows working is "
                + "listed once every scenario can be assessed.");
        assertThat(para.outLines()).noneMatch(l -> l.contains("in no scenario"));
    }

    @Test
    void checkPointsAtTheScenarioThatShowsAProblemRatherThanSavingACopyOfItsPortfolio(@TempDir Path dir) throws IOException {
        Path caps = copyOfBundledWithANegativeCap(dir);

        Para para = Para.run("rules", "check", dir.toString());

        assertThat(para.exitCode()).isEqualTo(3);
        assertThat(para.errLines().get(0)).startsWith(caps + ":").endsWith("a cap's limit cannot be negative: Cap.atMost(-20)");
        assertThat(para.errLines().get(1)).matches("  shown by scenario [\\w-]+ \\(\\./para rules test " + java.util.regex.Pattern.quote(
                dir.toString()) + " runs it\\)");
    }

    @Test
    void withTheCapScenariosDeletedTestNamesTheCapsNoScenarioPutsToWork(@TempDir Path dir) throws IOException {
        Path edition = copyOfBundled(dir);
        Path caps = edition.resolve("caps.drl");
        List<String> lines = Files.readAllLines(caps);
        lines.add(lines.indexOf(lines.stream().filter(l -> l.contains("ClaimType.MEMBERSHIP));")).findFirst().orElseThrow()) + 1,
                "    insert(Cap.atMost(15).points().perPortfolio().of(ClaimType.CONFERENCE));");
        Files.write(caps, lines);
        try (var scenarios = Files.list(edition.resolve("scenarios"))) {
            for (Path scenario : scenarios.filter(s -> s.getFileName().toString().contains("cap")).toList()) {
                Files.delete(scenario);
            }
        }
        int membership = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("ClaimType.MEMBERSHIP));")).findFirst().orElseThrow());

        Para listed = Para.run("rules", "test", dir.toString());
        Para required = Para.run("rules", "test", "--require-coverage", dir.toString());

        String conferences = "  reference/CAPS (" + caps + ":" + (membership + 1) + "): the cap "
                + "Cap.atMost(15).points().perPortfolio().of(ClaimType.CONFERENCE) takes points from no claim";
        String memberships = "  reference/CAPS (" + caps + ":" + membership + "): the cap "
                + "Cap.atMost(10).points().perOrganization().of(ClaimType.MEMBERSHIP) takes points from no claim";
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.outLines()).anyMatch(l -> l.matches("\\d+ passed, 0 failed"))
                .contains(memberships, conferences).noneMatch(l -> l.contains("CROSS_TRAINING"));
        assertThat(required.exitCode()).isEqualTo(1);
        assertThat(required.errLines()).anyMatch(l -> l.matches("\\d+ lines of the edition's tables take effect in no scenario "
                + "\\(--require-coverage\\): add scenarios that put them to work"));
        assertThat(required.errLines()).contains(memberships, conferences);
    }

    @Test
    void testListsTheRulesNoScenarioFiresAndRequireCoverageFailsOnThem(@TempDir Path dir) throws IOException {
        Path edition = copyOfBundled(dir);
        Path extra = edition.resolve("extra.drl");
        Files.writeString(extra, """
                package org.mla.para.rules.reference;
                import org.mla.para.model.Conference;
                import org.mla.para.model.scoring.ClaimScore;

                rule "Conferences of a year or more are short service"
                    @id("EXTRA-UNFIRED")
                    salience 60
                when
                    $score : ClaimScore( type == org.mla.para.model.ClaimType.CONFERENCE )
                    $conference : Conference( days > 365 ) from $score.claim
                then
                    $score.shortService();
                end
                """);
        int line = 5; // the unfired rule's own line in extra.drl

        Para listed = Para.run("rules", "test", dir.toString());
        Para required = Para.run("rules", "test", "--require-coverage", dir.toString());

        assertThat(listed.exitCode()).isZero();
        assertThat(listed.outLines()).containsSequence("1 rule fires in no scenario:",
                "  reference/EXTRA-UNFIRED (" + extra + ":" + line + ")");
        assertThat(required.exitCode()).isEqualTo(1);
        assertThat(required.errLines()).containsExactly(
                "1 rule fires in no scenario (--require-coverage): add scenarios that fire it",
                "  reference/EXTRA-UNFIRED (" + extra + ":" + line + ")");
    }

    @Test
    void checkReportsARuleThatBreaksAnAssessmentWithAPortfolioThatShowsIt(@TempDir Path dir) throws IOException {
        Path edition = copyOfBundled(dir);
        Path extra = edition.resolve("extra.drl");
        Files.writeString(extra, """
                package org.mla.para.rules.reference;
                import org.mla.para.model.Conference;
                import org.mla.para.model.Source;
                import org.mla.para.model.scoring.ClaimScore;

                rule "Five-day conferences lose points"
                    @id("EXTRA-CONFERENCE")
                    salience 60
                when
                    $score : ClaimScore( type == org.mla.para.model.ClaimType.CONFERENCE )
                    $conference : Conference( days == 5 ) from $score.claim
                then
                    if ($score.getPoints() > 0) { $score.award(Source.PROFESSIONAL_ACTIVITIES, -3); }
                end
                """);

        Para para = Para.run("rules", "check", dir.toString());

        assertThat(para.exitCode()).isEqualTo(3);
        assertThat(para.out()).isEmpty();
        assertThat(para.errLines()).hasSize(3);
        assertThat(para.errLines().get(0)).matches(java.util.regex.Pattern.quote(extra + ":6:1: rule \"Five-day conferences lose "
                + "points\" (EXTRA-CONFERENCE) gives claim ") + "c\\d+ negative points \\(-3\\)");
        assertThat(para.errLines().get(1)).startsWith("  shown by generated portfolio: level 1, ").contains(" alone; saved as ");
        assertThat(para.errLines().get(2)).isEqualTo("1 problem in " + dir);

        String saved = para.errLines().get(1).substring(para.errLines().get(1).indexOf("; saved as ") + "; saved as ".length());
        Para again = Para.run("assess", "--rules", dir.toString(), saved);
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains(para.errLines().get(0));
    }

    @Test
    void helpListsEachRulesCommandOnAWholeLine() {
        Para para = Para.run("help", "rules");

        assertThat(para.outLines()).anyMatch(l -> l.matches("\\s+check\\s+Compiles the editions in DIR and tries their rules on scenarios and"))
                .anyMatch(l -> l.strip().equals("generated portfolios."))
                .anyMatch(l -> l.matches("\\s+test\\s+Runs the editions' scenarios and lists the rules and table lines no"))
                .anyMatch(l -> l.strip().equals("scenario shows working."));
    }

    @Test
    void aMissingFolderPointsToHelpThatWorks() {
        Para para = Para.run("rules", "check");

        assertThat(para.exitCode()).isEqualTo(1);
        assertThat(para.errLines()).containsExactly("para: Missing required parameter: 'DIR'",
                "Try 'para rules check --help' for how to use it.");
        Para help = Para.run("rules", "check", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: para rules check [-hV] DIR");
    }
}
