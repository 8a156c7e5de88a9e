package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mla.para.engine.Fixtures.AS_OF;
import static org.mla.para.engine.Fixtures.ENGINE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mla.para.model.Assessment;
import org.mla.para.model.Portfolio;
import org.quicktheories.QuickTheory;

/**
 * Mutated portfolios (fields deleted, duplicated, retyped; numbers at extremes; deep nesting;
 * long strings; odd dates; truncated or empty documents): every one ends in an assessment or a
 * list of problems, in bounded time. Never another exception, never a hang. A fixed seed runs
 * in every build; {@code -Dpara.seed=N -Dpara.fuzz.cases=N} runs longer.
 */
class HostileInputTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> ODD_VALUES = List.of(NODES.textNode("x"), NODES.numberNode(new BigDecimal("3.0")),
            NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(2147483648L), NODES.numberNode(new BigDecimal("1e309")),
            NODES.numberNode(new BigDecimal("-1e-400")), NODES.numberNode(new BigDecimal("1E+999999999")),
            NODES.numberNode(new BigDecimal("99999999999999999999999")), NODES.booleanNode(true), NODES.nullNode(),
            NODES.arrayNode(), NODES.objectNode(), NODES.textNode(""), NODES.textNode("0000-00-00"), NODES.textNode("9999-12-31"),
            NODES.textNode("0000-01-01"), NODES.textNode("2024-02-30"), NODES.textNode("2025-1-1"), NODES.textNode("\uD800"),
            NODES.textNode("x".repeat(200_000)), NODES.textNode("PUBLIC_SERVICES"), NODES.textNode("COPY"));

    @Test
    void everyMutatedPortfolioEndsInAnAssessmentOrProblems() throws Exception {
        long seed = Long.getLong("para.seed", 20260220L);
        int cases = Integer.getInteger("para.fuzz.cases", 400);
        Random random = new Random(seed);
        List<Portfolio> seeds = new ArrayList<>();
        QuickTheory.qt().withFixedSeed(seed).withExamples(20).forAll(PortfolioGenerators.portfolios()).checkAssert(seeds::add);

        for (int i = 0; i < cases; i++) {
            String json = mutate(JSON.readTree(ParaJson.write(seeds.get(random.nextInt(seeds.size())))), random);
            int number = i;
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assessesOrRefuses(json),
                    () -> "case " + number + " of seed " + seed + " took too long: " + abbreviate(json));
        }
    }

    @Test
    void anExponentThatOverflowsTheDigitCountIsRefusedByTheDigitCheck() throws Exception {
        JsonNode portfolio = JSON.readTree(java.nio.file.Files.readString(
                java.nio.file.Path.of("../para-examples/samples/level1-eligible-jane.json")));
        for (String number : List.of("1E+2147483647", "1E+2147483646", "-1E+2147483647")) {
            String json = JSON.writeValueAsString(portfolio).replaceFirst("\"hours\":2.5", "\"hours\":" + number);
            assertThat(json).contains(number);
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidPortfolioException.class,
                    () -> ENGINE.assessJson(json, AS_OF)).problems())
                    .anySatisfy(p -> assertThat(p.toString()).endsWith("must be a plain number with at most 9 digits "
                            + "before and after the point (was " + new BigDecimal(number) + ")"));
        }
    }

    @Test
    void degenerateDocumentsAreRefusedWithAProblem() {
        for (String json : List.of("", "   ", "null", "[]", "\"portfolio\"", "{", "{}", "{\"claims\": [{}]}", "[".repeat(5_000),
                "{\"claims\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}")) {
            assessesOrRefuses(json);
        }
    }

    private static void assessesOrRefuses(String json) {
        try {
            Assessment assessment = ENGINE.assessJson(json, AS_OF);
            assertThat(assessment.claims()).isNotEmpty();
            assertThat(assessment.requirements()).isNotEmpty();
        } catch (InvalidPortfolioException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.path()).isNotBlank();
                assertThat(problem.message()).isNotBlank();
                assertThat(problem.toString()).doesNotContain("\n");
            });
        }
    }

    /** One to three mutations of the tree, then sometimes of the text. */
    private static String mutate(JsonNode root, Random random) throws Exception {
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (target instanceof ObjectNode object && !object.isEmpty()) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                switch (random.nextInt(4)) {
                    case 0 -> object.remove(name);
                    case 1 -> object.set(name, ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
                    case 2 -> object.set(name + "x", object.get(name));
                    default -> object.set(name, nest(object.get(name), 1 + random.nextInt(200)));
                }
            } else if (target instanceof ArrayNode array && !array.isEmpty()) {
                int index = random.nextInt(array.size());
                switch (random.nextInt(3)) {
                    case 0 -> array.remove(index);
                    case 1 -> array.set(index, ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
                    default -> array.add(array.get(index).deepCopy());
                }
            }
        }
        String text = JSON.writeValueAsString(root);
        UnaryOperator<String> textual = switch (random.nextInt(6)) {
            case 0 -> t -> t.substring(0, random.nextInt(t.length()));                       // truncated
            case 1 -> t -> t.replaceFirst("\"title\":", "\"title\":\"again\",\"title\":");   // a key twice
            case 2 -> t -> {                                                                   // a character replaced
                int at = random.nextInt(t.length());
                return t.substring(0, at) + (char) (random.nextInt(0x3000)) + t.substring(at + 1);
            };
            default -> t -> t;
        };
        return textual.apply(text);
    }

    private static JsonNode nest(JsonNode value, int depth) {
        JsonNode nested = value;
        for (int i = 0; i < depth; i++) {
            nested = NODES.arrayNode().add(nested);
        }
        return nested;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static String abbreviate(String json) {
        return json.length() < 2_000 ? json : json.substring(0, 2_000) + "...";
    }
}
