package org.mla.para.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mla.para.engine.Problem;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Assessment;

/**
 * A scenario file: a portfolio (inline, or a path relative to the scenario), an optional
 * assessment date, optional reviewers' adjustments, and the outcome a maintainer expects. Only what {@code expect} names is
 * compared; everything it names must match.
 *
 * <pre>
 * { "description": "...", "asOf": "2026-02-20",
 *   "portfolio": { ... } or "portfolio": "../../samples/jane.json",
 *   "adjustments": [ { "claimId": "c2", "action": "DISALLOW", "reason": "...", "reviewer": "..." } ],
 *   "expect": { "eligible": true, "totalPoints": 138, "sourcePoints": { "EDUCATION": 64 },
 *               "areaPoints": { "GENERAL": 14 },
 *               "claims": { "c1": { "points": 45, "rule": "EDU-COLLEGE-COURSE", "notes": [] } },
 *               "requirements": { "TOTAL": { "actual": 138, "met": true } },
 *               "problems": [ "claims[0].hours: must be a multiple of 0.5 (was 1.3)" ] } }
 * </pre>
 */
public record Scenario(String name, String description, String portfolioJson, LocalDate asOf, List<Adjustment> adjustments,
        JsonNode expect, List<String> fileProblems) {

    private static final Set<String> FIELDS = Set.of("description", "asOf", "portfolio", "adjustments", "expect");
    private static final Set<String> EXPECT_FIELDS = Set.of("eligible", "totalPoints", "sourcePoints", "areaPoints", "claims",
            "requirements", "problems", "edition");
    private static final Set<String> CLAIM_FIELDS = Set.of("points", "pendingPoints", "rule", "source", "areas", "notes");
    private static final Set<String> REQUIREMENT_FIELDS = Set.of("required", "actual", "met");

    /** Reads a scenario; what is wrong with the file itself goes to {@link #fileProblems()}. */
    public static Scenario parse(String fileName, String text, Path scenarioFolder) {
        String name = fileName.replaceAll("\\.json$", "");
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = PortfolioReader.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return new Scenario(name, "", null, null, List.of(), null, List.of("not valid JSON" + JsonSyntax.atLineAndColumn(e) + ": "
                    + JsonSyntax.explain(e)));
        }
        if (root == null || !root.isObject()) {
            return new Scenario(name, "", null, null, List.of(), null, List.of("must be a JSON object"));
        }
        unknownFields(root, FIELDS, "", problems);
        String description = root.path("description").asText("");
        LocalDate asOf = null;
        if (root.hasNonNull("asOf")) {
            try {
                asOf = LocalDate.parse(root.get("asOf").asText());
            } catch (DateTimeParseException e) {
                problems.add("asOf: must be a date as yyyy-MM-dd (was " + root.get("asOf") + ")");
            }
        }
        String portfolio = null;
        JsonNode portfolioNode = root.get("portfolio");
        if (portfolioNode == null || portfolioNode.isNull()) {
            problems.add("portfolio: is required (the portfolio inline, or a path relative to this file)");
        } else if (portfolioNode.isTextual() && scenarioFolder == null) {
            problems.add("portfolio: a scenario packaged in a jar cannot name a file; put the portfolio inline");
        } else if (portfolioNode.isTextual()) {
            Path file = scenarioFolder.resolve(portfolioNode.asText()).normalize();
            try {
                portfolio = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add("portfolio: cannot read " + portfolioNode.asText() + " (" + e.getMessage() + ")");
            }
        } else {
            portfolio = portfolioNode.toString();
        }
        PortfolioReader.Adjustments adjustments = PortfolioReader.readAdjustments(root.get("adjustments"), "adjustments");
        adjustments.problems().forEach(p -> problems.add(p.toString()));
        JsonNode expect = root.get("expect");
        if (expect == null || !expect.isObject()) {
            problems.add("expect: is required (what the assessment must show)");
        } else {
            unknownFields(expect, EXPECT_FIELDS, "expect.", problems);
            expect.path("claims").properties().forEach(c -> unknownFields(c.getValue(), CLAIM_FIELDS,
                    "expect.claims." + c.getKey() + ".", problems));
            expect.path("requirements").properties().forEach(r -> unknownFields(r.getValue(), REQUIREMENT_FIELDS,
                    "expect.requirements." + r.getKey() + ".", problems));
        }
        return new Scenario(name, description, portfolio, asOf, adjustments.adjustments(), expect, List.copyOf(problems));
    }

    /** How the assessment differs from what the scenario expects; empty when it matches. */
    public List<String> differences(Assessment assessment) {
        List<String> differences = new ArrayList<>();
        if (expect.has("problems")) {
            differences.add("problems: expected the portfolio to be refused, but it was assessed");
        }
        JsonNode actual = JsonWriting.assessment(assessment);
        for (String field : List.of("eligible", "totalPoints", "edition")) {
            compare(field, expect.get(field), actual.get(field), differences);
        }
        for (String map : List.of("sourcePoints", "areaPoints")) {
            expect.path(map).properties().forEach(e ->
                    compare(map + "." + e.getKey(), e.getValue(), actual.path(map).path(e.getKey()).isMissingNode()
                            ? PortfolioReader.MAPPER.getNodeFactory().numberNode(0) : actual.path(map).get(e.getKey()), differences));
        }
        expect.path("claims").properties().forEach(e -> {
            JsonNode claim = find(actual.get("claims"), "id", e.getKey());
            if (claim == null) {
                differences.add("claims." + e.getKey() + ": no such claim in the portfolio");
                return;
            }
            e.getValue().properties().forEach(f ->
                    compare("claims." + e.getKey() + "." + f.getKey(), f.getValue(), claim.get(f.getKey()), differences));
        });
        expect.path("requirements").properties().forEach(e -> {
            JsonNode requirement = find(actual.get("requirements"), "name", e.getKey());
            if (requirement == null) {
                differences.add("requirements." + e.getKey() + ": no such requirement in the assessment");
                return;
            }
            e.getValue().properties().forEach(f -> compare("requirements." + e.getKey() + "." + f.getKey(),
                    f.getValue(), requirement.get(f.getKey()), differences));
        });
        return differences;
    }

    /** How refused input differs from the problems the scenario expects. */
    public List<String> differences(List<Problem> problems) {
        if (!expect.has("problems")) {
            return List.of("expected an assessment, but the portfolio was refused: "
                    + problems.stream().map(Problem::toString).toList());
        }
        Set<String> expected = new TreeSet<>();
        expect.get("problems").forEach(p -> expected.add(p.asText()));
        Set<String> actual = new TreeSet<>();
        problems.forEach(p -> actual.add(p.toString()));
        List<String> differences = new ArrayList<>();
        expected.stream().filter(p -> !actual.contains(p)).forEach(p -> differences.add("problems: missing \"" + p + "\""));
        actual.stream().filter(p -> !expected.contains(p)).forEach(p -> differences.add("problems: unexpected \"" + p + "\""));
        return differences;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected != null && !expected.equals(actual)) {
            differences.add(path + ": expected " + expected + ", was " + actual);
        }
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.path(key).asText())) {
                return element;
            }
        }
        return null;
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix, List<String> problems) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String field = property.getKey();
            if (!known.contains(field)) {
                problems.add(prefix + field + ": unknown field (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }
}
