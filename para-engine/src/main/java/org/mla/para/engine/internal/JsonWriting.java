package org.mla.para.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mla.para.model.Assessment;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.Note;
import org.mla.para.model.Requirement;
import org.mla.para.model.RequirementName;
import org.mla.para.model.Source;

/** Writes assessments and portfolios in the interchange format, and reads assessments back. */
public final class JsonWriting {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonWriting() {
    }

    public static String text(JsonNode node, boolean pretty) {
        try {
            return pretty ? PortfolioReader.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node)
                    : PortfolioReader.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** Who, under which edition, on which day, for which level, and whether eligible: the first fields of both formats. */
    private static ObjectNode header(Assessment assessment) {
        ObjectNode root = NODES.objectNode();
        root.put("applicantId", assessment.applicantId());
        root.put("edition", assessment.edition());
        root.put("asOf", assessment.asOf().toString());
        root.put("targetLevel", assessment.targetLevel());
        root.put("eligible", assessment.eligible());
        return root;
    }

    public static ObjectNode assessment(Assessment assessment) {
        ObjectNode root = header(assessment);
        root.put("totalPoints", assessment.totalPoints());
        ObjectNode sources = root.putObject("sourcePoints");
        assessment.sourcePoints().forEach((source, points) -> sources.put(source.name(), points));
        ObjectNode areas = root.putObject("areaPoints");
        assessment.areaPoints().forEach(areas::put);
        ArrayNode claims = root.putArray("claims");
        for (ClaimAssessment claim : assessment.claims()) {
            ObjectNode node = claims.addObject();
            node.put("id", claim.id());
            node.put("points", claim.points());
            node.put("pendingPoints", claim.pendingPoints());
            node.put("rule", claim.rule());
            node.put("source", claim.source().name());
            ObjectNode claimAreas = node.putObject("areas");
            claim.areas().forEach(claimAreas::put);
            ArrayNode notes = node.putArray("notes");
            claim.notes().forEach(note -> notes.add(note.name()));
        }
        ArrayNode requirements = root.putArray("requirements");
        for (Requirement requirement : assessment.requirements()) {
            ObjectNode node = requirements.addObject();
            node.put("name", requirement.name().name());
            node.put("required", requirement.required());
            node.put("actual", requirement.actual());
            node.put("met", requirement.met());
        }
        return root;
    }

    /** A gap analysis: shortfalls with options, claims waiting for evidence, the plan and where it leads. */
    public static ObjectNode gap(org.mla.para.engine.GapAnalysis gap) {
        ObjectNode root = header(gap.assessment());
        ArrayNode shortfalls = root.putArray("shortfalls");
        for (var shortfall : gap.shortfalls()) {
            ObjectNode node = shortfalls.addObject();
            node.put("name", shortfall.name().name());
            node.put("required", shortfall.required());
            node.put("actual", shortfall.actual());
            node.put("shortBy", shortfall.shortBy());
            node.put("words", org.mla.para.engine.PlainWords.requirement(shortfall.name()));
            if (!shortfall.advice().isEmpty()) {
                node.put("advice", shortfall.advice());
            }
            node.put("anyOptionCloses", shortfall.anyOptionCloses());
            if (!shortfall.why().isEmpty()) {
                node.put("why", shortfall.why());
            }
            ArrayNode options = node.putArray("options");
            for (var option : shortfall.options()) {
                options.addObject().put("description", option.description()).put("gain", option.gain());
            }
        }
        ArrayNode pending = root.putArray("pendingEvidence");
        for (var waiting : gap.pendingEvidence()) {
            ObjectNode node = pending.addObject().put("claimId", waiting.claimId()).put("pendingPoints", waiting.pendingPoints());
            ArrayNode kinds = node.putArray("accepted");
            waiting.accepted().forEach(kind -> kinds.add(kind.name()));
        }
        ArrayNode plan = root.putArray("plan");
        for (var step : gap.plan()) {
            ObjectNode node = plan.addObject().put("closes", step.closes().name()).put("description", step.description());
            if (!step.why().isEmpty()) {
                node.put("why", step.why());
            }
            ArrayNode claims = node.putArray("claims");
            step.claims().forEach(claim -> claims.add(value(claim)));
        }
        root.put("planMakesEligible", gap.planMakesEligible());
        root.set("plannedAssessment", assessment(gap.plannedAssessment()));
        return root;
    }

    /**
     * An explained assessment, for pages that show it to people: the assessment as in its own
     * format, then the same in words (verdict, requirements, sources, each note with what it refers to).
     */
    public static ObjectNode explanation(org.mla.para.engine.Explanation explanation) {
        Assessment assessment = explanation.assessment();
        ObjectNode root = NODES.objectNode();
        root.set("assessment", assessment(assessment));
        root.put("verdict", org.mla.para.engine.PlainWords.verdict(assessment));
        ArrayNode requirements = root.putArray("requirements");
        for (Requirement requirement : assessment.requirements()) {
            requirements.addObject().put("name", requirement.name().name())
                    .put("words", org.mla.para.engine.PlainWords.requirement(requirement.name()))
                    .put("status", org.mla.para.engine.PlainWords.status(requirement))
                    .put("shortBy", requirement.shortBy());
        }
        ArrayNode sources = root.putArray("sources");
        for (Source source : Source.values()) {
            sources.addObject().put("source", source.name()).put("words", org.mla.para.engine.PlainWords.source(source))
                    .put("points", assessment.pointsFrom(source))
                    .put("counted", source == Source.EXPERIENCE ? org.mla.para.engine.PlainWords.experienceCounted(assessment) : "");
        }
        ArrayNode claims = root.putArray("claims");
        for (var claim : explanation.claims()) {
            ArrayNode reasons = claims.addObject().put("id", claim.claimId()).putArray("reasons");
            for (var reason : claim.reasons()) {
                ObjectNode node = reasons.addObject().put("note", reason.note().name()).put("words", reason.words())
                        .put("reference", reason.reference());
                ArrayNode related = node.putArray("claims");
                reason.claims().forEach(related::add);
            }
        }
        return root;
    }

    public static Assessment readAssessment(String json) {
        try {
            return assessment(PortfolioReader.MAPPER.readTree(json));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not an assessment in PARA's format: " + e.getMessage(), e);
        }
    }

    private static Assessment assessment(JsonNode root) {
        Map<Source, Integer> sources = new EnumMap<>(Source.class);
        root.get("sourcePoints").properties().forEach(e -> sources.put(Source.valueOf(e.getKey()), e.getValue().intValue()));
        List<ClaimAssessment> claims = new ArrayList<>();
        for (JsonNode claim : root.get("claims")) {
            List<Note> notes = new ArrayList<>();
            claim.get("notes").forEach(note -> notes.add(Note.valueOf(note.asText())));
            claims.add(new ClaimAssessment(claim.get("id").asText(), claim.get("points").intValue(),
                    claim.get("pendingPoints").intValue(), claim.get("rule").asText(),
                    Source.valueOf(claim.get("source").asText()), integers(claim.get("areas")), notes));
        }
        List<Requirement> requirements = new ArrayList<>();
        for (JsonNode requirement : root.get("requirements")) {
            requirements.add(new Requirement(RequirementName.valueOf(requirement.get("name").asText()),
                    requirement.get("required").intValue(), requirement.get("actual").intValue(),
                    requirement.get("met").booleanValue()));
        }
        return new Assessment(root.get("applicantId").asText(), root.get("edition").asText(),
                LocalDate.parse(root.get("asOf").asText()), root.get("targetLevel").intValue(),
                root.get("eligible").booleanValue(), root.get("totalPoints").intValue(), sources,
                integers(root.get("areaPoints")), claims, requirements);
    }

    private static Map<String, Integer> integers(JsonNode object) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            values.put(field.getKey(), field.getValue().intValue());
        }
        return values;
    }

    /** Any model record as the portfolio format writes it: components by name, claims with their type after the id. */
    public static JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof BigDecimal number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof LocalDate date) {
            return NODES.textNode(date.toString());
        }
        if (value instanceof Enum<?> constant) {
            return NODES.textNode(constant.name());
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(element -> array.add(value(element)));
            return array;
        }
        if (value instanceof Record record) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                object.set(component.getName(), value(read(component, record)));
                if (record instanceof Claim claim && component.getName().equals("id")) {
                    object.put("type", claim.type().name());
                }
            }
            return object;
        }
        throw new IllegalArgumentException("no JSON form for " + value.getClass());
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
