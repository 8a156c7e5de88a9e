package org.mla.para.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapCommandTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARIA = "samples/level1-short-on-education.json";

    @Test
    void theGapOfAnIneligibleSampleListsTheShortfallItsWaysOutAndAPlan() {
        Para para = Para.run("gap", MARIA);

        assertThat(para.exitCode()).isZero();
        assertThat(para.out())
                .contains("EDUCATION: 20 of 25, short by 5. Any one of these closes it:")
                .contains("  - attach a certificate or attendance form to w3 “RDA Cataloging Refresher” (+10)")
                .contains("  - 1 workshop hour in ")
                .contains("  Why this area: any area counts toward education points; ")
                .contains("  - w3 “RDA Cataloging Refresher”: +10 with a certificate or attendance form")
                .contains("  1. attach a certificate or attendance form to w3 “RDA Cataloging Refresher”  (for EDUCATION)");
        assertThat(para.outLines()).last().isEqualTo("With the plan: ELIGIBLE for Level 1: every requirement is met.");
    }

    @Test
    void twoAreasShortAreOfferedAreasToCoverAndNothingIsDatedInThePast(@TempDir Path dir) throws IOException {
        Path portfolio = dir.resolve("one-area.json");
        Files.writeString(portfolio, """
                {"schemaVersion": 1, "applicant": {"id": "A-2001", "name": "Sam Lee"}, "targetLevel": 1,
                 "registeredOn": "2025-09-01", "submittedOn": "2026-02-20", "heldLevels": [],
                 "claims": [{"id": "w1", "type": "WORKSHOP", "title": "Reference Interview", "area": "REFERENCE",
                             "date": "2025-01-10", "hours": 1, "evidence": ["CERTIFICATE"]}]}
                """);

        Para para = Para.run("gap", portfolio.toString());

        assertThat(para.exitCode()).isZero();
        assertThat(para.out()).contains("AREAS: 0 of 2, short by 2. No single addition closes it; each of these brings it closer:")
                .contains(" in Reference and Information Services (+1)")
                .contains("Any one of these closes it:");
        java.util.regex.Matcher dates = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(para.out());
        while (dates.find()) {
            assertThat(java.time.LocalDate.parse(dates.group())).as(para.out()).isAfterOrEqualTo(java.time.LocalDate.of(2026, 2, 20));
        }
    }

    @Test
    void applyingThePlanToTheSampleMakesItEligible(@TempDir Path dir) throws IOException {
        for (String sample : new String[] {MARIA, "samples/level1-eligible-jane.json"}) {
            Para gap = Para.run("gap", "--json", "--level", "1", sample);
            JsonNode analysis = JSON.readTree(gap.out());
            ObjectNode portfolio = (ObjectNode) JSON.readTree(Path.of(sample).toFile());
            ArrayNode claims = (ArrayNode) portfolio.get("claims");
            for (JsonNode step : analysis.get("plan")) {
                for (JsonNode claim : step.get("claims")) {
                    for (int i = claims.size() - 1; i >= 0; i--) {
                        if (claims.get(i).get("id").equals(claim.get("id"))) {
                            claims.remove(i);
                        }
                    }
                    claims.add(claim);
                }
            }
            Path planned = dir.resolve("planned-" + Path.of(sample).getFileName());
            JSON.writeValue(planned.toFile(), portfolio);

            Para assess = Para.run("assess", "--json", planned.toString());

            assertThat(assess.err()).isEmpty();
            assertThat(JSON.readTree(assess.out()).get("eligible").asBoolean()).as(sample).isTrue();
            assertThat(analysis.get("planMakesEligible").asBoolean()).isTrue();
        }
    }

    @Test
    void aMissingPrerequisiteIsNamedAndNotPlannedAround() throws IOException {
        Para para = Para.run("gap", "--json", "samples/level4-not-held-prerequisite.json");
        JsonNode analysis = JSON.readTree(para.out());

        assertThat(analysis.get("shortfalls")).singleElement().satisfies(shortfall -> {
            assertThat(shortfall.get("name").asText()).isEqualTo("PREREQUISITE");
            assertThat(shortfall.get("advice").asText()).isEqualTo("must first hold Level 3: no claim can stand in for it");
        });
        assertThat(analysis.get("plan")).isEmpty();
        assertThat(analysis.get("planMakesEligible").asBoolean()).isFalse();
    }

    @Test
    void anInvalidPortfolioExitsTwoWithItsProblems() {
        Para para = Para.run("gap", "samples/invalid-typos.json");

        assertThat(para.exitCode()).isEqualTo(2);
        assertThat(para.errLines()).contains("samples/invalid-typos.json: claims[0].hour: unknown field");
    }
}
