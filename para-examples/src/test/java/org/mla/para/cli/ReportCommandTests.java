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
        assertThat(course.select("td").stream().map(Element::text).toList()).containsExactly("c1", "COLLEGE_COURSE",
                "LIB 101 Introduction to Library Services, Northern Essex Community College", "TRANSCRIPT", "45", "0",
                "EDU-COLLEGE-COURSE", "PUBLIC_SERVICES 45", "");
        assertThat(jane.select("svg").first().attr("aria-label")).isEqualTo("Points by source");
        assertThat(jane.select("svg").first().select("text.value").eachText()).containsExactly("64", "106", "24");
        assertThat(Jsoup.parse(html.toFile()).select("script, link[rel=stylesheet], img[src^=http]")).isEmpty();
    }
}
