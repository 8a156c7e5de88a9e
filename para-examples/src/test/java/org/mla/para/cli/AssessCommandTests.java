package org.mla.para.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTests {

    private static final String JANE = "samples/level1-eligible-jane.json";
    private static final String MARIA = "samples/level1-short-on-education.json";

    @Test
    void theReportExplainsEveryClaimAndRequirementAndEndsWithTheVerdict() {
        Para para = Para.run("assess", JANE);

        assertThat(para.exitCode()).isZero();
        assertThat(para.err()).isEmpty();
        assertThat(para.out())
                .contains("Jane Doe (A-1001)", "assessed as of 2026-02-20 under rule edition \"reference\"")
                .containsPattern("c1 +COLLEGE_COURSE +LIB 101 .* +45 +EDU-COLLEGE-COURSE +PUBLIC_SERVICES 45")
                .containsPattern("c4 +LIBRARY_EMPLOYMENT .* +106 +EXP-LIBRARY-EMPLOYMENT +PUBLIC_SERVICES 75, YOUTH_SERVICES 31")
                .contains("EXPERIENCE 106 (50 of 106 count toward the total)")
                .containsPattern("TOTAL +100 +138 +yes")
                .containsPattern("AREAS +2 +5 +yes");
        assertThat(para.outLines()).last().isEqualTo("ELIGIBLE for Level 1: every requirement is met.");
    }

    @Test
    void anIneligibleReportSaysWhatIsShortAndWhatEvidenceWouldAdd() {
        Para para = Para.run("assess", MARIA);

        assertThat(para.exitCode()).isZero();
        assertThat(para.out()).containsPattern("w3 +WORKSHOP .* +0 +EDU-WORKSHOP +- +NO_EVIDENCE: \\+10 with a certificate or attendance form")
                .containsPattern("EDUCATION +25 +20 +NO");
        assertThat(para.outLines()).last().isEqualTo("NOT ELIGIBLE for Level 1: EDUCATION short by 5 points.");
    }

    @Test
    void aPrerequisiteShortfallNamesTheLevelToHold() {
        Para para = Para.run("assess", "samples/level4-not-held-prerequisite.json");

        assertThat(para.outLines()).last().isEqualTo("NOT ELIGIBLE for Level 4: must hold Level 3 (holds Level 2).");
    }

    @Test
    void jsonPrintsOneAssessmentPerLineInArgumentOrder() {
        Para para = Para.run("assess", "--json", MARIA, JANE);

        assertThat(para.exitCode()).isZero();
        assertThat(para.outLines()).hasSize(2);
        assertThat(para.outLines().get(0)).startsWith("{\"applicantId\":\"A-1002\"");
        assertThat(para.outLines().get(1)).startsWith("{\"applicantId\":\"A-1001\"");
    }

    @Test
    void aDirectoryMeansItsJsonFilesInNameOrderAndInvalidOnesExitTwo() {
        Para para = Para.run("assess", "--json", "samples");

        assertThat(para.exitCode()).isEqualTo(2);
        assertThat(para.outLines()).extracting(line -> line.substring(0, 24)).containsExactly(
                "{\"applicantId\":\"A-1001\",", "{\"applicantId\":\"A-1002\",", "{\"applicantId\":\"A-1003\",",
                "{\"applicantId\":\"A-1004\",", "{\"applicantId\":\"A-1005\",");
        assertThat(para.errLines()).isNotEmpty().allMatch(line -> line.startsWith("samples/invalid-typos.json: "));
    }

    @Test
    void asOfDatesAPortfolioThatWasNotSubmitted(@TempDir Path dir) throws IOException {
        Path unsubmitted = dir.resolve("draft.json");
        Files.writeString(unsubmitted, Files.readString(Path.of(JANE)).replace("\"submittedOn\": \"2026-02-20\",", ""));

        Para para = Para.run("assess", "--json", "--as-of", "2026-03-01", unsubmitted.toString());

        assertThat(para.err()).isEmpty();
        assertThat(para.out()).contains("\"asOf\":\"2026-03-01\"");
    }

    @Test
    void aSubmittedPortfolioKeepsItsSubmissionDate() {
        assertThat(Para.run("assess", "--json", "--as-of", "2026-03-01", JANE).out()).contains("\"asOf\":\"2026-02-20\"");
    }

    @Test
    void aMissingFileExitsOneAndTheOthersAreStillAssessed() {
        Para para = Para.run("assess", "--json", "no-such-portfolio.json", JANE);

        assertThat(para.exitCode()).isEqualTo(1);
        assertThat(para.err()).isEqualTo("no-such-portfolio.json: no such file or directory\n");
        assertThat(para.outLines()).hasSize(1);
    }

    @Test
    void malformedJsonIsInvalidInputWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"targetLevel\": 1,\n  oops\n}\n");

        Para para = Para.run("assess", broken.toString());

        assertThat(para.exitCode()).isEqualTo(2);
        assertThat(para.err()).startsWith(broken + ": $: malformed JSON at line 3, column 3: ").doesNotContain("\tat ");
    }

    @Test
    void brokenRuleFilesExitThreeNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path edition = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(edition.resolve("edition.json"), """
                { "id": "broken", "title": "Broken", "effectiveFrom": "2020-01-01",
                  "areas": [ { "code": "GENERAL", "name": "General" } ] }""");
        Files.writeString(edition.resolve("levels.drl"), """
                package broken;

                rule "A rule that does not parse"
                when
                    this is not a pattern
                then
                end
                """);

        Para para = Para.run("assess", "--rules", dir.toString(), JANE);

        assertThat(para.exitCode()).isEqualTo(3);
        assertThat(para.err()).startsWith(edition.resolve("levels.drl") + ":5:10: rule \"A rule that does not parse\": mismatched input 'is'").doesNotContain("\tat ");
        assertThat(para.out()).isEmpty();
    }

    @Test
    void aBadDateOptionIsAUsageError() {
        Para para = Para.run("assess", "--as-of", "March 1st", JANE);

        assertThat(para.exitCode()).isEqualTo(1);
        assertThat(para.err()).contains("'March 1st' is not a date as yyyy-MM-dd");
    }

    @Test
    void aFileThatIsNotUtf8IsInvalidInput(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, Files.readString(Path.of(JANE)).replace("Jane Doe", "Jos\u00e9 Doe")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        Para para = Para.run("assess", latin1.toString(), JANE);

        assertThat(para.exitCode()).isEqualTo(2);
        assertThat(para.err()).isEqualTo(latin1 + ": $: not UTF-8 text; save the portfolio as UTF-8\n");
        assertThat(para.out()).contains("Jane Doe (A-1001)");
    }

    @Test
    void helpListsTheExitCodes() {
        Para para = Para.run("--help");

        assertThat(para.exitCode()).isZero();
        assertThat(para.out()).contains("assess", "3   the rule files are broken");
    }
}
