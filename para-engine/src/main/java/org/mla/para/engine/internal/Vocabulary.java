package org.mla.para.engine.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a rule may use (the model's types, their methods and values), for turning a
 * compiler's message about a misspelled one into the maintainer's terms: what the type has,
 * and the nearest to what was written.
 */
final class Vocabulary {

    private static final List<String> PACKAGES = List.of("org.mla.para.model.", "org.mla.para.model.scoring.");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile(
            "^The method (?<method>\\w+)\\((?<args>[^)]*)\\) is undefined for the type (?<type>[\\w.$]+)$");
    private static final Pattern GETTER = Pattern.compile("^(?:get|is)(?<first>\\p{Lu})(?<rest>.*)$");
    /** How far (in letters) a misspelling may be from the word suggested: at least this, or a third of the word. */
    private static final int NEAR = 2;
    private static final int PART_OF_WORD = 3;
    private static final Pattern NOT_A_FIELD = Pattern.compile("^(?<name>\\w+) cannot be resolved or is not a field$");

    private Vocabulary() {
    }

    /** A model type by its simple name, or nested name ({@code Cap.Scope}), when rules can see it. */
    static Optional<Class<?>> type(String name) {
        String binary = name.replace('.', '$');
        for (String pkg : PACKAGES) {
            try {
                return Optional.of(Class.forName(pkg + binary, false, Vocabulary.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                // not in this package
            }
        }
        return Optional.empty();
    }

    /**
     * A compiler's message about a {@code then} part in the maintainer's terms, when it is about
     * a misspelled method or value of the model; else the message as it was. {@code code} is the
     * line of the rule file the message is about, to find the type a misspelled value was
     * written after.
     */
    static String explain(String message, String code) {
        Matcher method = UNDEFINED_METHOD.matcher(message);
        if (method.find()) {
            String type = method.group("type");
            return type(type).map(c -> type + " has no method " + method.group("method") + "()" + suggestion(method.group("method"),
                    callable(c)).map(s -> ": did you mean " + s + "()? (" + list(methods(c).contains(s) ? methods(c)
                            : callable(c).stream().filter(n -> !methods(c).contains(n)).toList(), "()") + ")").orElse(" (it has "
                    + list(methods(c), "()") + ")")).orElse(message);
        }
        Matcher field = NOT_A_FIELD.matcher(message);
        if (field.find() && code != null) {
            String name = field.group("name");
            Matcher qualified = Pattern.compile("\\b(?<type>\\w+)\\s*\\.\\s*" + Pattern.quote(name) + "\\b").matcher(code);
            if (qualified.find()) {
                Optional<Class<?>> type = type(qualified.group("type")).filter(Class::isEnum);
                if (type.isPresent()) {
                    return valueMessage(qualified.group("type"), name, type.get());
                }
            }
        }
        return message;
    }

    /** The name a compiler's message says is misspelled ({@code hour} of "The method hour() is undefined..."), or null. */
    static String misspelled(String message) {
        Matcher method = UNDEFINED_METHOD.matcher(message);
        if (method.find()) {
            return method.group("method");
        }
        Matcher field = NOT_A_FIELD.matcher(message);
        return field.find() ? field.group("name") : null;
    }

    /** {@code ClaimType has no value "WORKSHOPS": did you mean WORKSHOP? (...)}, or null when {@code type} is no enum of the model. */
    static String valueMessage(String typeName, String name, Class<?> type) {
        List<String> values = Arrays.stream(type.getEnumConstants()).map(v -> ((Enum<?>) v).name()).toList();
        return typeName + " has no value \"" + name + "\"" + suggestion(name, values).map(s -> ": did you mean " + s + "?").orElse("")
                + " (its values are " + String.join(", ", values) + ")";
    }

    /** The facts a rule may match, by simple name: the claims, the scoring facts and the tables. */
    static List<String> facts() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (org.mla.para.model.ClaimType type : org.mla.para.model.ClaimType.values()) {
            names.add(type.recordType().getSimpleName());
        }
        for (String name : List.of("Claim", "SingleArea", "Dated", "SpanClaim", "Adjustment", "HeldLevel", "AreaShare", "Candidate",
                "ClaimScore", "ClaimScores", "Tally", "Window", "AcceptedEvidence", "Cap", "LevelRequirements")) {
            type(name).ifPresent(c -> names.add(c.getSimpleName()));
        }
        return List.copyOf(names);
    }

    /** Every public method of {@code type} a rule may call, on a fact or on the type itself ({@code Cap.atMost}). */
    static List<String> callable(Class<?> type) {
        java.util.Set<String> names = new java.util.TreeSet<>(methods(type));
        Arrays.stream(type.getMethods()).filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type)
                .map(Method::getName).filter(name -> !List.of("values", "valueOf").contains(name)).forEach(names::add);
        return List.copyOf(names);
    }

    /** The public methods a rule may call on {@code type}, by name, without those of every object. */
    static List<String> methods(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> Modifier.isPublic(m.getModifiers()) && m.getDeclaringClass() != Object.class
                && !Modifier.isStatic(m.getModifiers()) && !(m.getName().startsWith("with") && m.getReturnType() == type)
                && !m.isSynthetic() && !List.of("equals", "hashCode", "toString", "values", "valueOf", "compareTo", "ordinal",
                        "getDeclaringClass", "describeConstable", "name").contains(m.getName()))
                .map(Method::getName).distinct().sorted().toList();
    }

    /** The nearest of {@code known} to {@code written}, when it is near enough to be a misspelling. */
    static Optional<String> suggestion(String written, List<String> known) {
        return known.stream().min(Comparator.comparingInt(k -> distance(written.toLowerCase(), k.toLowerCase())))
                .filter(k -> distance(written.toLowerCase(), k.toLowerCase()) <= Math.max(NEAR, written.length() / PART_OF_WORD));
    }

    private static String list(List<String> names, String suffix) {
        return String.join(", ", names.stream().map(n -> n + suffix).toList());
    }

    /** The fields a {@code when} part may name on {@code type}: its record components and getters ({@code getX}, {@code isX} as {@code x}). */
    static List<String> fields(Class<?> type) {
        return methods(type).stream().filter(name -> {
            try {
                return type.getMethod(name).getReturnType() != void.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }).map(name -> {
            Matcher getter = GETTER.matcher(name);
            return getter.matches() ? getter.group("first").toLowerCase(java.util.Locale.ROOT) + getter.group("rest") : name;
        }).distinct().sorted().toList();
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
