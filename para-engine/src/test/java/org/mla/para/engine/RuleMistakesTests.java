package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mla.para.engine.Fixtures.AS_OF;
import static org.mla.para.engine.Fixtures.level;
import static org.mla.para.engine.Fixtures.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes a maintainer makes, each with the exact message they get: the rule file, the
 * line, the rule by name and id, and what is wrong; never generated Java or a Drools stack
 * trace, and never a silent wrong result. The broken rule is added in a file of its own next
 * to a copy of the bundled edition, so that its lines are this test's.
 */
class RuleMistakesTests {

    private static final String HEADER = """
            package org.mla.para.rules.reference;
            import org.mla.para.model.Workshop;
            import org.mla.para.model.Source;
            import org.mla.para.model.scoring.ClaimScore;

            """;

    @TempDir
    Path dir;
    private Path extra;

    @BeforeEach
    void copyTheBundledEdition() throws IOException {
        extra = ParaEngineTests.copyReferenceEdition(dir.resolve("edited")).resolve("extra.drl");
    }

    /** The problems of an edition with {@code rule} added (after the header: its first line is line 6). */
    private List<String> compileProblems(String rule) throws IOException {
        Files.writeString(extra, HEADER + rule);
        RuleEditionException e = catchThrowableOfType(RuleEditionException.class, () -> ParaEngine.fromDirectory(dir));
        assertThat(e).as("the edition should be refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    /** The problem of assessing a one-workshop portfolio with {@code rule} added. */
    private String assessmentProblem(String rule) throws IOException {
        Files.writeString(extra, HEADER + rule);
        ParaEngine engine = ParaEngine.fromDirectory(dir);
        RuleEditionException e = catchThrowableOfType(RuleEditionException.class,
                () -> engine.assess(level(1).with(workshop("w1", "2")).portfolio(), AS_OF));
        assertThat(e).as("the assessment should fail as a rule-edition error").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0).toString();
    }

    private String at(int line, int column) {
        return extra + ":" + line + ":" + column + ": ";
    }

    @Test
    void aMisspelledMethodInAThenPartNamesItsLineAndRule() throws IOException {
        assertThat(compileProblems("""
                rule "Workshop hours"
                    @id("EXTRA-HOURS")
                when
                    $workshop : Workshop()
                then
                    int hours = $workshop.hour().intValue();
                end
                """)).containsExactly(at(11, 27) + "rule \"Workshop hours\" (EXTRA-HOURS): then part: "
                + "Workshop has no method hour(): did you mean hours()? (area(), date(), evidence(), hours(), id(), title(), "
                + "titleKey(), type())");
    }

    @Test
    void aConditionBeginningOnTheWhenLineAndAnInsertOnTheThenLineAreReadAsWritten() throws IOException {
        Files.writeString(extra, HEADER + """
                import org.mla.para.model.ClaimType;
                import org.mla.para.model.scoring.Cap;
                import org.mla.para.model.scoring.Candidate;

                rule "Two more caps, the second only for Level 3"
                    @id("EXTRA-CAPS")
                when $candidate : Candidate( targetLevel >= 1,
                                             asOf != null )
                then insert(Cap.atMost(3).claims().perPortfolio().of(ClaimType.PRESENTATION));
                    if ($candidate.targetLevel() == 3) { insert(Cap.atMost(1).claims().perPortfolio().of(ClaimType.AWARD)); }
                    insert(Cap.atMost(1).claims().perPortfolio().of(ClaimType.PUBLICATION));
                end
                """);
        Path scenario = Files.createDirectories(extra.resolveSibling("scenarios")).resolve("publication-cap.json");
        Files.writeString(scenario, """
                {
                  "description": "At most one publication counts, at Level 1",
                  "portfolio": {
                    "applicant": { "id": "A-TEST", "name": "Scenario Applicant" },
                    "targetLevel": 1, "registeredOn": "2025-09-01", "submittedOn": "2026-02-20",
                    "claims": [
                      { "id": "u1", "type": "PUBLICATION", "title": "One", "area": "GENERAL", "date": "2025-03-01",
                        "kind": "ARTICLE", "evidence": ["COPY"] },
                      { "id": "u2", "type": "PUBLICATION", "title": "Two", "area": "GENERAL", "date": "2025-04-01",
                        "kind": "ARTICLE", "evidence": ["COPY"] }
                    ]
                  },
                  "expect": { "claims": { "u2": { "points": 0, "notes": ["CAPPED"] } } }
                }
                """);
        ParaEngine engine = ParaEngine.fromDirectory(dir);

        List<ScenarioResult> results = engine.runScenarios();

        assertThat(results).allSatisfy(r -> assertThat(r.differences()).as(r.scenario()).isEmpty());
        // the publication cap (line 16) is put to work; the award cap, inserted only for Level 3 (line 15), and the
        // presentation cap (line 14, on the then line) by no scenario: the Level 1 scenario's publication cap is not mistaken for them
        // (this copy of the edition has no other scenarios, so its own tables are listed too)
        assertThat(engine.tableLinesNotShown(results).get("reference")).filteredOn(l -> l.startsWith("EXTRA-CAPS")).containsExactly(
                "EXTRA-CAPS (" + extra + ":14): the cap Cap.atMost(3).claims().perPortfolio().of(ClaimType.PRESENTATION) takes "
                        + "points from no claim",
                "EXTRA-CAPS (" + extra + ":15): the cap Cap.atMost(1).claims().perPortfolio().of(ClaimType.AWARD) takes points "
                        + "from no claim");
    }

    @Test
    void aMisspelledStaticWordOfACapSuggestsIt() throws IOException {
        assertThat(compileProblems("""
                rule "More caps"
                    @id("EXTRA-CAPS")
                when
                then
                    insert(org.mla.para.model.scoring.Cap.atmost(3).claims().perPortfolio().of(org.mla.para.model.ClaimType.AWARD));
                end
                """)).singleElement().asString().endsWith("then part: Cap has no method atmost(): did you mean atMost()? (atMost())");
    }

    @Test
    void aMisspelledFactNamesItAndTheNearestFactWithoutAFollowOnErrorInTheThenPart() throws IOException {
        assertThat(compileProblems("""
                rule "Workshop hours"
                    @id("EXTRA-HOURS")
                when
                    $workshop : Workshopp()
                then
                    int hours = $workshop.hours().intValue();
                end
                """)).containsExactly(at(9, 17) + "rule \"Workshop hours\" (EXTRA-HOURS): there is no fact \"Workshopp\" a rule can "
                + "match: did you mean Workshop?");
    }

    @Test
    void aMissingParenthesisInAWhenPartNamesTheBracketLeftOpen() throws IOException {
        assertThat(compileProblems("""
                rule "Workshop hours"
                    @id("EXTRA-HOURS")
                when
                    $score : ClaimScore( type == org.mla.para.model.ClaimType.WORKSHOP
                    $workshop : Workshop() from $score.claim
                then
                end
                """)).containsExactly(at(9, 24) + "rule \"Workshop hours\" (EXTRA-HOURS): when part: this \"(\" is never closed "
                + "(a \")\" is missing before \"then\")");
    }

    @Test
    void aMisspelledValueInAWhenPartNamesItsLineColumnRuleAndTheValues() throws IOException {
        assertThat(compileProblems("""
                import org.mla.para.model.ClaimType;

                rule "Workshop hours"
                    @id("EXTRA-HOURS")
                when
                    $score : ClaimScore( type == ClaimType.WORKSHOPS )
                then
                end
                """)).containsExactly(at(11, 44) + "rule \"Workshop hours\" (EXTRA-HOURS): ClaimType has no value \"WORKSHOPS\": "
                + "did you mean WORKSHOP? (its values are COLLEGE_COURSE, WORKSHOP, CEU, CROSS_TRAINING, LIBRARY_EMPLOYMENT, "
                + "MEMBERSHIP, COMMITTEE, PRESENTATION, PUBLICATION, CONFERENCE, AWARD)");
    }

    @Test
    void aMisspelledValueOrWordInACapLineNamesItsLineAndWhatCanBeWritten() throws IOException {
        assertThat(compileProblems("""
                rule "More caps"
                    @id("EXTRA-CAPS")
                when
                then
                    insert(org.mla.para.model.scoring.Cap.atMost(3).claims().perPortfolio().of(org.mla.para.model.ClaimType.PRESENTATIONS));
                    insert(org.mla.para.model.scoring.Cap.atMost(3).claims().perPortfolo().of(org.mla.para.model.ClaimType.AWARD));
                end
                """)).containsExactly(
                at(10, 109) + "rule \"More caps\" (EXTRA-CAPS): then part: ClaimType has no value \"PRESENTATIONS\": did you mean "
                        + "PRESENTATION? (its values are COLLEGE_COURSE, WORKSHOP, CEU, CROSS_TRAINING, LIBRARY_EMPLOYMENT, MEMBERSHIP, "
                        + "COMMITTEE, PRESENTATION, PUBLICATION, CONFERENCE, AWARD)",
                at(11, 62) + "rule \"More caps\" (EXTRA-CAPS): then part: Cap.Scope has no method perPortfolo(): did you mean "
                        + "perPortfolio()? (perOrganization(), perPortfolio(), perTitle())");
    }

    @Test
    void aMissingParenthesisInAThenPartNamesItsLineAndRule() throws IOException {
        assertThat(compileProblems("""
                rule "Workshop hours"
                    @id("EXTRA-HOURS")
                when
                    $workshop : Workshop()
                    $score : ClaimScore( claim == $workshop, scored == false )
                then
                    modify($score) { award(Source.EDUCATION, $workshop.hours().intValue() }
                end
                """)).containsExactly(at(12, 75) + "rule \"Workshop hours\" (EXTRA-HOURS): then part: \")\" expected before "
                + "\"}\" (to close the \"(\" of line 12, column 27)");
    }

    @Test
    void aMissingEndNamesTheRuleThatLacksIt() throws IOException {
        assertThat(compileProblems("""
                rule "Workshop hours"
                    @id("EXTRA-HOURS")
                when
                    Workshop()
                then
                    int hours = 1;

                rule "Another"
                    @id("EXTRA-ANOTHER")
                when
                    Workshop()
                then
                end
                """)).containsExactly(at(6, 1) + "rule \"Workshop hours\" (EXTRA-HOURS) has no \"end\": every rule ends with "
                + "a line \"end\" before the next rule (which begins at line 13)");
    }

    @Test
    void aMisspelledFieldInAWhenPartNamesItsLineColumnAndRule() throws IOException {
        assertThat(compileProblems("""
                rule "Workshop hours"
                    @id("EXTRA-HOURS")
                when
                    $workshop : Workshop()
                    ClaimScore( claim == $workshop, scord == false )
                then
                end
                """)).containsExactly(at(10, 37) + "rule \"Workshop hours\" (EXTRA-HOURS): ClaimScore has no field \"scord\" "
                + "(in scord == false): did you mean scored?");
    }

    @Test
    void anUnknownAreaWrittenInAThenPartIsRefusedByTheCheck() throws IOException {
        assertThat(compileProblems("""
                rule "Workshop hours"
                    @id("EXTRA-HOURS")
                when
                    $score : ClaimScore( placed == false )
                then
                    modify($score) { place("GENRAL", $score.getPoints()) }
                end
                """)).containsExactly(at(11, 28) + "rule \"Workshop hours\" (EXTRA-HOURS): unknown area \"GENRAL\": edition.json "
                + "defines PUBLIC_SERVICES, "
                + "REFERENCE, TECHNICAL_SERVICES, TECHNOLOGY, ADMINISTRATION, YOUTH_SERVICES, GENERAL");
    }

    @Test
    void pointsPlacedInAnAreaTheEditionDoesNotDefineFailTheAssessmentNamingTheRule() throws IOException {
        assertThat(assessmentProblem("""
                rule "Workshops count in the area of their title"
                    @id("EXTRA-AREA")
                    salience 45
                when
                    $score : ClaimScore( type == org.mla.para.model.ClaimType.WORKSHOP )
                    $workshop : Workshop() from $score.claim
                then
                    $score.place($workshop.title(), $score.getPoints());
                end
                """)).isEqualTo(at(6, 1) + "rule \"Workshops count in the area of their title\" (EXTRA-AREA) places points of "
                + "claim w1 in area \"Workshop w1\", which the edition does not define (it defines PUBLIC_SERVICES, REFERENCE, "
                + "TECHNICAL_SERVICES, TECHNOLOGY, ADMINISTRATION, YOUTH_SERVICES, GENERAL)");
    }

    @Test
    void aFormulaThatGoesNegativeFailsTheAssessmentNamingTheRule() throws IOException {
        assertThat(assessmentProblem("""
                rule "Workshops lose 17 points"
                    @id("EXTRA-NEGATIVE")
                    salience 60
                when
                    $score : ClaimScore( type == org.mla.para.model.ClaimType.WORKSHOP )
                    $workshop : Workshop() from $score.claim
                then
                    $score.award(Source.EDUCATION, -17);
                end
                """)).isEqualTo(at(6, 1) + "rule \"Workshops lose 17 points\" (EXTRA-NEGATIVE) gives claim w1 negative points (-17)");
    }

    @Test
    void aModifyWithoutItsGuardFailsTheAssessmentNamingTheRuleThatKeptFiring() throws IOException {
        assertThat(assessmentProblem("""
                rule "Workshops again and again"
                    @id("EXTRA-LOOP")
                when
                    $workshop : Workshop()
                    $score : ClaimScore( claim == $workshop )
                then
                    modify($score) { award(Source.EDUCATION, 5) }
                end
                """)).startsWith(at(6, 1) + "rule \"Workshops again and again\" (EXTRA-LOOP) keeps firing: it fired ")
                .contains(" times before the limit of 1200 firings for this portfolio stopped it")
                .endsWith("fires again: call the method without modify, as the edition's rules do ($score.award(...);)");
    }

    @Test
    void aRuleThatThrowsFailsTheAssessmentNamingTheRuleAndTheClaim() throws IOException {
        assertThat(assessmentProblem("""
                rule "Workshops divided"
                    @id("EXTRA-DIVIDE")
                when
                    $workshop : Workshop()
                then
                    int none = $workshop.hours().intValue() - $workshop.hours().intValue();
                    int points = 10 / none;
                end
                """)).isEqualTo(at(6, 1) + "rule \"Workshops divided\" (EXTRA-DIVIDE) failed on claim w1: divides by zero");
    }

    @Test
    void theCheckFindsAnInvariantBrokenOnlyByPortfoliosNoScenarioHasWithOneThatShowsIt() throws IOException {
        Files.writeString(extra, HEADER + """
                rule "Long workshops lose points"
                    @id("EXTRA-LONG")
                    salience 60
                when
                    $score : ClaimScore( type == org.mla.para.model.ClaimType.WORKSHOP )
                    $workshop : Workshop( hours > 39 ) from $score.claim
                then
                    if ($score.getPoints() > 0) { $score.award(Source.EDUCATION, -1); }
                end
                """);
        ParaEngine engine = ParaEngine.fromDirectory(dir);
        assertThat(engine.runScenarios()).allMatch(ScenarioResult::passed);

        List<RuleCheckFinding> findings = engine.checkRules();

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.problem().toString()).startsWith(at(6, 1) + "rule \"Long workshops lose points\" (EXTRA-LONG) "
                    + "gives claim ").endsWith(" negative points (-1)");
            assertThat(finding.shownBy()).startsWith("generated portfolio: level 1, ").endsWith(" alone");
            assertThat(ParaJson.readPortfolio(finding.portfolioJson()).claims()).singleElement()
                    .satisfies(claim -> assertThat(claim).isInstanceOf(org.mla.para.model.Workshop.class));
        });
    }

    @Test
    void aClaimTypeLeftOutOfTheEvidenceTableStopsTheAssessmentInsteadOfGivingItNothing() throws IOException {
        Path evidence = extra.resolveSibling("evidence.drl");
        String table = Files.readString(evidence);
        String workshops = table.lines().filter(line -> line.contains("AcceptedEvidence.of(ClaimType.WORKSHOP,")).findFirst().orElseThrow();
        Files.writeString(evidence, table.replace(workshops + "\n", ""));
        ParaEngine engine = ParaEngine.fromDirectory(dir);
        int firstLine = 1 + (int) table.lines().takeWhile(l -> !l.contains("insert(AcceptedEvidence.of(")).count();

        RuleEditionException e = catchThrowableOfType(RuleEditionException.class,
                () -> engine.assess(level(1).with(workshop("w1", "2")).portfolio(), AS_OF));

        assertThat(e.problems()).singleElement().asString().isEqualTo(evidence + ":" + firstLine + ":1: rule \"The evidence each "
                + "type of claim accepts\" (EVIDENCE-TABLE): the evidence table has no line for WORKSHOP claims (claim w1), so they "
                + "could never count: add one, for example insert(AcceptedEvidence.of(ClaimType.WORKSHOP, EvidenceKind.CERTIFICATE));");
        assertThat(engine.checkRules()).extracting(f -> f.problem().message()).anyMatch(m -> m.contains("no line for WORKSHOP claims"));
    }

    @Test
    void aCapWithANegativeLimitStopsTheAssessmentAtItsLine() throws IOException {
        Path caps = extra.resolveSibling("caps.drl");
        String text = Files.readString(caps);
        Files.writeString(caps, text.replace("Cap.atMost(20)", "Cap.atMost(-20)"));
        ParaEngine engine = ParaEngine.fromDirectory(dir);
        int line = 1 + (int) text.lines().takeWhile(l -> !l.contains("insert(Cap.atMost(20)")).count();

        RuleEditionException e = catchThrowableOfType(RuleEditionException.class,
                () -> engine.assess(level(1).with(workshop("w1", "2")).portfolio(), AS_OF));

        assertThat(e.problems()).singleElement().asString().isEqualTo(caps + ":" + line + ":1: rule \"The caps: at most so many "
                + "points, or claims, of a type or a group of types\" (CAPS): a cap's limit cannot be negative: Cap.atMost(-20)");
    }

    @Test
    void theBundledEditionPassesTheCheck() {
        assertThat(ParaEngine.bundled().checkRules()).isEmpty();
    }
}
