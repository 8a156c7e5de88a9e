package org.mla.para.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.mla.para.engine.Problem;

/**
 * What a policy maintainer gets wrong that Drools does not catch: a rule without an
 * {@code @id}, an id used twice, an area the edition does not define, and code that reaches
 * outside the model and the safe parts of the JDK. Rule files run inside the host application:
 * only the model package and {@code java.lang}, {@code java.math}, {@code java.time},
 * {@code java.util} are theirs to use. This is a guard against mistakes and surprises, not a
 * security sandbox.
 */
final class RuleLint {

    private static final List<String> ALLOWED_PACKAGES = List.of("org.mla.para.model.", "java.lang.", "java.math.",
            "java.time.", "java.util.");
    private static final List<String> FORBIDDEN_PACKAGES = List.of("java.lang.reflect.", "java.lang.invoke.",
            "java.lang.System", "java.lang.Runtime", "java.lang.Thread", "java.lang.ProcessBuilder", "java.lang.ClassLoader",
            "java.util.concurrent.", "java.util.logging.", "java.util.prefs.", "java.util.jar.", "java.util.zip.");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:java|javax|jakarta|sun|com|org|net|io|jdk)\\.\\w+(?:\\.\\w+)*");
    private static final Pattern FORBIDDEN_NAME = Pattern.compile(
            "\\b(System|Runtime|ProcessBuilder|Thread|ClassLoader|Class|getClass|forName|setAccessible|MethodHandles|Unsafe)\\b");
    /** An area code in quotes, written as edition.json must write area codes. */
    private static final Pattern AREA_LITERAL = Pattern.compile("\"(" + EditionSource.AREA_CODE.pattern() + ")\"");
    private static final String ALLOWED_TEXT = "the model package (org.mla.para.model) and java.lang, java.math, java.time, java.util";

    /** Problems of one file by line, then column: the order a maintainer reads them in. */
    private static final java.util.Comparator<Problem> BY_POSITION = java.util.Comparator
            .comparingInt((Problem p) -> position(p, "line")).thenComparingInt(p -> position(p, "column"));
    private static final Pattern POSITION = Pattern.compile(":(?<line>\\d+):(?<column>\\d+)$");

    private RuleLint() {
    }

    /** Every problem of the edition's rule files, in file order; {@code index} names the rule each lies in. */
    static List<Problem> check(EditionSource source, RuleIndex index) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> areas = Set.copyOf(source.edition().areaCodes());
        source.rules().forEach((name, text) -> {
            String file = source.location() + "/" + name;
            List<Problem> inFile = new ArrayList<>();
            String code = blankOut(text, true);
            checkReferences(file, code, inFile);
            checkAreas(file, blankOut(text, false), areas, source.edition().areaCodes(), inFile);
            checkIds(file, text, ids, inFile);
            inFile.sort(BY_POSITION);
            inFile.forEach(problem -> problems.add(inRule(index, file, problem)));
        });
        return problems;
    }

    private static void checkReferences(String file, String code, List<Problem> problems) {
        Matcher qualified = QUALIFIED.matcher(code);
        while (qualified.find()) {
            String name = qualified.group();
            if (isPackageDeclaration(code, qualified.start())) {
                continue;
            }
            boolean allowed = ALLOWED_PACKAGES.stream().anyMatch(name::startsWith)
                    && FORBIDDEN_PACKAGES.stream().noneMatch(name::startsWith);
            if (!allowed) {
                problems.add(at(file, code, qualified.start(), "\"" + name + "\" is not allowed in rule files: they run inside "
                        + "the host application and may use only " + ALLOWED_TEXT));
            }
        }
        Matcher forbidden = FORBIDDEN_NAME.matcher(code);
        while (forbidden.find()) {
            problems.add(at(file, code, forbidden.start(), "\"" + forbidden.group() + "\" is not allowed in rule files: they "
                    + "compute points and may not reach the system, threads or reflection"));
        }
    }

    private static void checkAreas(String file, String codeWithStrings, Set<String> areas, List<String> known,
            List<Problem> problems) {
        int lineStart = 0;
        for (String line : codeWithStrings.split("\n", -1)) {
            if (line.toLowerCase(java.util.Locale.ROOT).contains("area") || line.contains("place(") || line.contains("moveTo(")) {
                Matcher literal = AREA_LITERAL.matcher(line);
                while (literal.find()) {
                    if (!areas.contains(literal.group(1))) {
                        problems.add(at(file, codeWithStrings, lineStart + literal.start(), "unknown area \"" + literal.group(1)
                                + "\": edition.json defines " + String.join(", ", known)));
                    }
                }
            }
            lineStart += line.length() + 1;
        }
    }

    private static void checkIds(String file, String text, Map<String, String> ids, List<Problem> problems) {
        PackageDescr parsed;
        DrlParser parser = new DrlParser();
        try {
            parsed = parser.parse(false, text);
        } catch (DroolsParserException e) {
            return; // Drools reports syntax errors itself, with their positions
        }
        if (parsed == null || parser.hasErrors()) {
            return;
        }
        for (RuleDescr rule : parsed.getRules()) {
            String where = file + ":" + rule.getLine() + ":" + (rule.getColumn() + 1);
            AnnotationDescr id = rule.getAnnotation("id");
            Object value = id == null ? null : id.getSingleValue();
            String ruleId = value == null ? null : value.toString().replaceAll("^\"|\"$", "").strip();
            if (ruleId == null || ruleId.isEmpty()) {
                problems.add(new Problem(where, "rule \"" + rule.getName() + "\" has no @id(\"...\"): every rule needs a "
                        + "stable id, the name assessments and maintainers know it by"));
                continue;
            }
            String first = ids.putIfAbsent(ruleId, where + " (rule \"" + rule.getName() + "\")");
            if (first != null) {
                problems.add(new Problem(where, "@id(\"" + ruleId + "\") of rule \"" + rule.getName()
                        + "\" is already the id of " + first + ": ids must be unique in an edition"));
            }
        }
    }

    /**
     * The problem with the rule it lies in named first ({@code rule "name" (ID): ...}), so that
     * every problem names its rule; problems outside any rule (an import) and those that already
     * name their rule are kept as they are.
     */
    private static Problem inRule(RuleIndex index, String file, Problem problem) {
        if (problem.message().startsWith("rule \"") || problem.message().startsWith("@id(")) {
            return problem;
        }
        return index.at(file, position(problem, "line"))
                .map(rule -> new Problem(problem.path(), rule.label() + ": " + problem.message()))
                .orElse(problem);
    }

    /** The line or column of a {@code file:line:col} path. */
    private static int position(Problem problem, String part) {
        Matcher position = POSITION.matcher(problem.path());
        return position.find() ? Integer.parseInt(position.group(part)) : 0;
    }

    private static boolean isPackageDeclaration(String code, int offset) {
        int lineStart = code.lastIndexOf('\n', offset - 1) + 1;
        return code.substring(lineStart, offset).strip().equals("package");
    }

    /** {@code file:line:col}, both from 1, for an offset in the text. */
    private static Problem at(String file, String text, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Problem(file + ":" + line + ":" + (offset - lineStart + 1), message);
    }

    /**
     * The text with comments (and, when asked, string and character literals) replaced by
     * spaces, so that offsets, lines and columns stay where they were.
     */
    static String blankOut(String text, boolean strings) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            int end;
            if (c == '/' && next == '/') {
                end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
            } else if (c == '/' && next == '*') {
                end = text.indexOf("*/", i + "/*".length());
                end = end < 0 ? text.length() : end + "*/".length();
            } else if ((c == '"' || c == '\'') && strings) {
                end = i + 1;
                while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? "\\n".length() : 1; // an escape is two characters
                }
                end = Math.min(end + 1, text.length());
            } else if (c == '"') {
                end = text.indexOf('"', i + 1);
                i = end < 0 ? text.length() : end + 1;
                continue;
            } else {
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }
}
