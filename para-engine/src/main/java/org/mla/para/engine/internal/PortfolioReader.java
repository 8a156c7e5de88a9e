package org.mla.para.engine.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.mla.para.engine.Limits;
import org.mla.para.engine.Problem;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimType;
import org.mla.para.model.Portfolio;

/**
 * Reads the portfolio format strictly: every unknown field, field of another claim type,
 * wrongly typed value and unknown code is a problem with its path. The fields are the record
 * components of the model, so the format and the model cannot drift apart.
 */
public final class PortfolioReader {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final String SCHEMA_VERSION = "schemaVersion";
    /** Decimals in portfolios are hours, credits and CEUs: a sanity bound on their digits, not policy. */
    private static final int MOST_DIGITS = 9;
    private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int SUPPORTED_SCHEMA = 1;

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> problemPaths = new LinkedHashSet<>();
    private final List<Integer> claimIndexes = new ArrayList<>();

    private final Limits limits;

    private PortfolioReader(Limits limits) {
        this.limits = limits;
    }

    /** What reading gave: a portfolio (partial when there were problems), the problems, and claim positions. */
    public record Result(Portfolio portfolio, List<Problem> problems, Set<String> problemPaths, List<Integer> claimIndexes) {

        /** The index a claim of the portfolio had in the document (claims of unknown type are skipped). */
        public int documentIndexOfClaim(int modelIndex) {
            return modelIndex < claimIndexes.size() ? claimIndexes.get(modelIndex) : modelIndex;
        }
    }

    public static Result read(String json) {
        return read(json, Limits.DEFAULTS);
    }

    public static Result read(String json, Limits limits) {
        PortfolioReader reader = new PortfolioReader(limits);
        if (json.length() > limits.documentChars()) {
            reader.problem("$", "the document is " + json.length() + " characters long; at most " + limits.documentChars()
                    + " are read");
            return reader.result(null);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            reader.problem("$", "malformed JSON" + JsonSyntax.atLineAndColumn(e) + ": " + JsonSyntax.explain(e));
            return reader.result(null);
        }
        if (root == null || !root.isObject()) {
            reader.problem("$", "must be a JSON object holding a portfolio");
            return reader.result(null);
        }
        return reader.result(reader.portfolio(root));
    }

    /** Reviewers' adjustments read from a JSON list, with the problems of their form. */
    public record Adjustments(List<Adjustment> adjustments, List<Problem> problems) {
    }

    /** Reads a JSON list of reviewers' adjustments; problems carry {@code path} ({@code adjustments[2].area}). */
    @SuppressWarnings("unchecked") // the list's elements are bound as Adjustment records
    public static Adjustments readAdjustments(JsonNode node, String path) {
        PortfolioReader reader = new PortfolioReader(Limits.DEFAULTS);
        if (node == null || node.isNull()) {
            return new Adjustments(List.of(), List.of());
        }
        List<Object> values = reader.list(node, Adjustment.class, path);
        List<Adjustment> adjustments = values == null ? List.of() : (List<Adjustment>) (List<?>) values;
        return new Adjustments(reader.problems.isEmpty() ? List.copyOf(adjustments) : List.of(), List.copyOf(reader.problems));
    }

    /** Reads a JSON document that is a list of reviewers' adjustments. */
    public static Adjustments readAdjustments(String json) {
        try {
            return readAdjustments(MAPPER.readTree(json), "adjustments");
        } catch (JsonProcessingException e) {
            return new Adjustments(List.of(), List.of(new Problem("$", "malformed JSON" + JsonSyntax.atLineAndColumn(e) + ": "
                    + JsonSyntax.explain(e))));
        }
    }

    private Result result(Portfolio portfolio) {
        return new Result(portfolio, List.copyOf(problems), Set.copyOf(problemPaths), List.copyOf(claimIndexes));
    }

    private Portfolio portfolio(JsonNode root) {
        JsonNode version = root.get(SCHEMA_VERSION);
        if (version != null && !version.isNull()
                && !(version.isIntegralNumber() && version.canConvertToInt() && version.intValue() == SUPPORTED_SCHEMA)) {
            problem(SCHEMA_VERSION, "must be " + SUPPORTED_SCHEMA + " (was " + version + "); this version of PARA reads schema "
                    + SUPPORTED_SCHEMA);
        }
        return record(Portfolio.class, root, "", Set.of(SCHEMA_VERSION));
    }

    private <R extends Record> R record(Class<R> type, JsonNode node, String path, Set<String> alsoAllowed) {
        if (!node.isObject()) {
            problem(path, "must be an object (was " + node + ")");
            return null;
        }
        List<String> names = RecordShape.of(type).names();
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!names.contains(field) && !alsoAllowed.contains(field)) {
                problem(join(path, segment(field)), "unknown field");
            }
        }
        return components(type, node, path);
    }

    /** Binds every component of {@code type} from the field of the same name. */
    private <R> R components(Class<R> type, JsonNode node, String path) {
        RecordShape shape = RecordShape.of(type);
        Object[] args = new Object[shape.names().size()];
        for (int i = 0; i < args.length; i++) {
            String name = shape.names().get(i);
            args[i] = value(node.get(name), shape.types().get(i), join(path, name));
        }
        return type.cast(shape.construct(args));
    }

    private Claim claim(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, "must be an object (was " + node + ")");
            return null;
        }
        JsonNode typeNode = node.get("type");
        String known = Arrays.stream(ClaimType.values()).map(Enum::name).collect(Collectors.joining(", "));
        if (typeNode == null || typeNode.isNull()) {
            problem(path + ".type", "is required (one of " + known + ")");
            return null;
        }
        ClaimType type;
        try {
            type = ClaimType.valueOf(typeNode.asText());
        } catch (IllegalArgumentException e) {
            problem(path + ".type", "unknown claim type " + typeNode + " (known: " + known + ")");
            return null;
        }
        List<String> ownFields = RecordShape.of(type.recordType()).names();
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!field.equals("type") && !ownFields.contains(field)) {
                boolean ofAnotherType = RecordShape.isClaimField(field);
                problem(join(path, segment(field)), ofAnotherType ? "not a field of " + type + " claims" : "unknown field");
            }
        }
        return components(type.recordType(), node, path);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // enum and record classes come from the model's own declarations
    private Object value(JsonNode node, Type type, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return list(node, list.getActualTypeArguments()[0], path);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            if (!node.isTextual()) {
                return wrong(path, "must be a string", node);
            }
            if (node.asText().length() > limits.textChars()) {
                problem(path, "must be at most " + limits.textChars() + " characters long (was " + node.asText().length() + ")");
                return null;
            }
            return node.asText();
        }
        if (raw == Integer.class) {
            return node.isIntegralNumber() && node.canConvertToInt() ? (Object) node.intValue()
                    : wrong(path, "must be a whole number", node);
        }
        if (raw == BigDecimal.class) {
            if (!node.isNumber()) {
                return wrong(path, "must be a number", node);
            }
            BigDecimal value = node.decimalValue();
            // In long: a scale near Integer.MIN_VALUE (1E+2147483647) must not overflow into a small count.
            boolean plain = value.stripTrailingZeros().scale() <= MOST_DIGITS
                    && (long) value.precision() - value.scale() <= MOST_DIGITS;
            return plain ? value : wrong(path, "must be a plain number with at most " + MOST_DIGITS
                    + " digits before and after the point", node);
        }
        if (raw == Boolean.class) {
            return node.isBoolean() ? (Object) node.booleanValue() : wrong(path, "must be true or false", node);
        }
        if (raw == LocalDate.class) {
            return date(node, path);
        }
        if (raw.isEnum()) {
            return constant((Class<? extends Enum>) raw, node, path);
        }
        if (raw == Claim.class) {
            return claim(node, path);
        }
        if (raw.isRecord()) {
            return record((Class<? extends Record>) raw, node, path, Set.of());
        }
        throw new IllegalStateException("no JSON mapping for " + type + " at " + path);
    }

    private List<Object> list(JsonNode node, Type elementType, String path) {
        if (!node.isArray()) {
            wrong(path, "must be a list", node);
            return null;
        }
        boolean claims = elementType == Claim.class;
        if (claims && node.size() > limits.claims()) {
            problem(path, "lists " + node.size() + " claims; at most " + limits.claims() + " are accepted");
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String elementPath = path + "[" + i + "]";
            int before = problems.size();
            Object value = value(node.get(i), elementType, elementPath);
            if (problems.size() == before || value != null) {
                values.add(value);
                if (claims) {
                    claimIndexes.add(i);
                }
            } else {
                // The list lost an element to a problem already reported: what is left of it
                // (too short, say) is no news to the reader of the problems.
                problemPaths.add(path);
            }
        }
        return values;
    }

    private LocalDate date(JsonNode node, String path) {
        LocalDate date = node.isTextual() ? Dates.parse(node.asText()) : null;
        if (date == null) {
            problem(path, Dates.problem(node.isTextual() ? node.asText() : null, String.valueOf(node)));
        }
        return date;
    }

    private <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String path) {
        if (node.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(node.asText())) {
                    return constant;
                }
            }
        }
        String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        problem(path, "unknown " + words(type.getSimpleName()) + " " + node + " (known: " + known + ")");
        return null;
    }

    /** {@code EvidenceKind} becomes "evidence kind". */
    private static String words(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private Object wrong(String path, String expectation, JsonNode node) {
        problem(path, expectation + " (was " + node + ")");
        return null;
    }

    private void problem(String path, String message) {
        String where = path.isEmpty() ? "$" : path;
        problems.add(new Problem(where, message));
        problemPaths.add(where);
    }

    /** A field name as a path segment: as it is when it is a plain name, else quoted and escaped: {@code ["a.b"]}. */
    private static String segment(String field) {
        return PLAIN_NAME.matcher(field).matches() ? field
                : "[" + com.fasterxml.jackson.databind.node.TextNode.valueOf(field).toString() + "]";
    }

    private static String join(String path, String field) {
        if (field.startsWith("[")) {
            return (path.isEmpty() ? "$" : path) + field;
        }
        return path.isEmpty() ? field : path + "." + field;
    }
}
