package org.mla.para.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Review Board report of the six samples, read back as HTML and compared with the command's own assessments. */
class ReportCommandTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theReportSummarizesEverySampleWithTheNumbersOfTheAssessments(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        Path csv = dir.resolve("report.csv");

        Para para = Para.run("report", "samples", "--out", html.toString(), "--csv", csv.toString());

        assertThat(para.exitCode()).isZero();
        Document report = Jsoup.parse(html.toFile());
        List<Element> rows = report.select("#summary tbody tr");
        assertThat(rows).hasSize(6);
        Para assessed = Para.run("assess", "--json", "samples");
        for (String line : assessed.outLines()) {
            JsonNode assessment = JSON.readTree(line);
            Element row = rows.stream().filter(r -> r.text().contains("(" + assessment.get("applicantId").asText() + ")"))
                    .findFirst().orElseThrow();
            assertThat(row.select("td").get(3).text()).isEqualTo(assessment.get("totalPoints").asText());
            assertThat(row.select("td").get(4).text()).startsWith(assessment.get("eligible").asBoolean() ? "Eligible" : "Not eligible:");
        }
        assertThat(rows.get(0).text()).contains("invalid-typos.json", "Invalid: 10 problems to fix");
        assertThat(report.select("section.invalid li")).hasSize(10);
        assertThat(Files.readAllLines(csv)).hasSize(7).first().isEqualTo("file,applicantId,name,targetLevel,totalPoints,eligible,shortfalls");
    }

    @Test
    void eachTallySheetListsEveryClaimWithItsEvidencePointsAndRuleAndChartsTheSources(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        Para.run("report", "samples", "--out", html.toString());

        Element jane = Jsoup.parse(html.toFile()).getElementById("p-level1-eligible-jane-json");

        assertThat(jane).isNotNull();
        assertThat(jane.select("table.claims tbody tr")).hasSize(7);
        Element course = jane.select("table.claims tbody tr").first();
        assertThat(course.select("td").stream().map(Element::text).toList()).containsExactly("c1", "College course",
                "LIB 101 Introduction to Library Services, Northern Essex Community College", "transcript", "45", "0",
                "EDU-COLLEGE-COURSE", "Public Services 45", "");
        assertThat(jane.select("svg").first().attr("aria-label")).isEqualTo("Points by source");
        assertThat(jane.select("svg").first().select("text.value").eachText()).containsExactly("64", "106", "24");
        assertThat(Jsoup.parse(html.toFile()).select("script, link[rel=stylesheet], img[src^=http]")).isEmpty();
    }

    @Test
    void theExperienceCapIsExplainedWithTheNumbersOfTheAssessment(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        Para.run("report", "samples", "--out", html.toString());
        JsonNode jane = JSON.readTree(Para.run("assess", "--json", "samples/level1-eligible-jane.json").out());
        int experience = jane.at("/sourcePoints/EXPERIENCE").asInt();
        int counted = jane.get("totalPoints").asInt() - jane.at("/sourcePoints/EDUCATION").asInt()
                - jane.at("/sourcePoints/PROFESSIONAL_ACTIVITIES").asInt();

        Element sheet = Jsoup.parse(html.toFile()).getElementById("p-level1-eligible-jane-json");

        assertThat(counted).isLessThan(experience);
        assertThat(sheet.select("p.sources").text()).isEqualTo("Points by source: Education " + jane.at("/sourcePoints/EDUCATION")
                + ", Experience " + experience + " (" + counted + " of " + experience + " count toward the total), Professional activities "
                + jane.at("/sourcePoints/PROFESSIONAL_ACTIVITIES") + ". Total " + jane.get("totalPoints") + ".");
    }

    @Test
    void eachNoteSaysWhatItRefersToWithTheCapTheRulesApplied(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        Para.run("report", "samples", "--out", html.toString());
        JsonNode assessed = JSON.readTree(Para.run("assess", "--json", "samples/level3-caps-and-duplicates.json").out());
        java.util.Map<String, Integer> points = new java.util.HashMap<>();
        assessed.get("claims").forEach(c -> points.put(c.get("id").asText(), c.get("points").asInt()));

        Element sheet = Jsoup.parse(html.toFile()).getElementById("p-level3-caps-and-duplicates-json");

        java.util.Map<String, String> notes = new java.util.HashMap<>();
        for (Element row : sheet.select("table.claims tbody tr")) {
            notes.put(row.select("td").get(0).text(), row.select("td").get(8).text());
        }
        int crossTrainingCap = points.get("x1") + points.get("x2") + points.get("x3");
        assertThat(notes.get("x3")).isEqualTo("CAPPED: cross-training " + crossTrainingCap + " a portfolio, "
                + (points.get("x1") + points.get("x2")) + " used by x1, x2");
        assertThat(notes.get("m2")).isEqualTo("CAPPED: membership " + (points.get("m1") + points.get("m2")) + " per organization, "
                + points.get("m1") + " used by m1");
        assertThat(notes.get("p1")).isEqualTo("DUPLICATE of p2 (same title)");
    }

    @Test
    void theMeetingPacketComesFromTheApplicationDatabaseWithTheStoredAndAdjustedAssessments(@TempDir Path dir) throws IOException {
        String db = dir.resolve("applications").toString();
        assertThat(Para.run("db", "init", "--db", db).exitCode()).isZero();
        for (String[] command : new String[][] {
            {"meetings", "add", "2026-03-10", "2026-04-14", "--today", "2026-02-01"},
            {"register", "--applicant-id", "A-1001", "--name", "Jane Doe", "--level", "1", "--on", "2025-09-01", "--today", "2025-09-01"},
            {"register", "--applicant-id", "A-1002", "--name", "Maria Santos", "--level", "1", "--on", "2025-06-15", "--today", "2025-06-15"},
            {"submit", "PARA-0001", "samples/level1-eligible-jane.json", "--fee-paid", "25.00", "--today", "2026-02-20"},
            {"submit", "PARA-0002", "samples/level1-short-on-education.json", "--fee-paid", "25.00", "--today", "2026-02-21"},
            {"schedule", "PARA-0001", "--today", "2026-02-20"},
            {"schedule", "PARA-0002", "--today", "2026-02-21"},
            {"open-review", "PARA-0001", "--today", "2026-03-10"},
            {"decide", "PARA-0001", "decisions/jane-preliminary-approval.json", "--today", "2026-03-10"}}) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            args.addAll(List.of("--db", db, "--as", "chair"));
            Para run = Para.run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run.err()).isZero();
        }
        Path html = dir.resolve("packet.html");

        Para report = Para.run("report", "--meeting", "2026-03-10", "--db", db, "--out", html.toString());

        assertThat(report.err()).isEmpty();
        assertThat(report.out()).isEqualTo("wrote " + html + ": 2 applications on the agenda of 2026-03-10" + System.lineSeparator());
        Document packet = Jsoup.parse(html.toFile());
        List<Element> rows = packet.select("#summary tbody tr");
        assertThat(rows).hasSize(2);
        JsonNode jane = JSON.readTree(Para.run("show", "PARA-0001", "--json", "--db", db).out());
        JsonNode maria = JSON.readTree(Para.run("show", "PARA-0002", "--json", "--db", db).out());
        assertThat(rows.get(0).select("td").eachText()).containsExactly("PARA-0001", "Jane Doe (A-1001)", "1", jane.get("state").asText(),
                "2026-02-20", jane.at("/submission/assessment/totalPoints").asText(), "Eligible",
                "PRELIMINARY_APPROVAL, " + jane.at("/decision/assessment/totalPoints").asText() + " points after 2 adjustments");
        assertThat(rows.get(1).select("td").eachText()).startsWith("PARA-0002", "Maria Santos (A-1002)", "1", maria.get("state").asText(),
                "2026-02-21", maria.at("/submission/assessment/totalPoints").asText());
        assertThat(rows.get(1).select("td").last().text()).isEqualTo("not yet decided");

        Element section = packet.getElementById("a-PARA-0001");
        assertThat(section.select("table.adjustments tbody tr").eachText()).containsExactly(
                "c3 moved to General Library Service The de-escalation webinar was for all staff, not only the service desk R. Okafor",
                "c6 points set to 3 The badge shows one day attended, not two L. Chen");
        assertThat(section.select("table.claims")).hasSize(2);
        Element adjustedC6 = section.select(".adjusted table.claims tbody tr").get(5);
        assertThat(adjustedC6.select("td").get(4).text()).isEqualTo(jane.at("/decision/assessment/claims/5/points").asText());
        assertThat(adjustedC6.select("td").get(8).text()).isEqualTo("POINTS_SET: The badge shows one day attended, not two (L. Chen)");
        assertThat(packet.getElementById("a-PARA-0002").select(".adjusted")).isEmpty();
    }

    @Test
    void aMeetingNotInTheCalendarOrAMissingDatabaseIsRefusedInOneLine(@TempDir Path dir) {
        Para missing = Para.run("report", "--meeting", "2026-03-10", "--db", dir.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("--db: no application database at ").endsWith("--db FILE" + System.lineSeparator());

        String db = dir.resolve("applications").toString();
        assertThat(Para.run("db", "init", "--db", db).exitCode()).isZero();
        assertThat(Para.run("meetings", "add", "2026-03-10", "--today", "2026-02-01", "--db", db).exitCode()).isZero();
        Para wrongDay = Para.run("report", "--meeting", "2026-03-11", "--db", db);
        assertThat(wrongDay.exitCode()).isEqualTo(2);
        assertThat(wrongDay.err()).isEqualTo("--meeting: no Review Board meeting on 2026-03-11 (meetings: 2026-03-10)" + System.lineSeparator());
    }
}
