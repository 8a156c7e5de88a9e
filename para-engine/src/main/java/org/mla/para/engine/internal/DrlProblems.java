package org.mla.para.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.rule.LineMappings;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.compiler.compiler.RuleBuildError;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.jci.CompilationProblem;
import org.mla.para.engine.Problem;

/**
 * Drools' compile errors in the maintainer's terms: one line each, {@code file:line:col}, the
 * rule by its name and id, and what is wrong; never a generated class, a stack trace or a
 * second line of parser internals.
 */
final class DrlProblems {

    /** The parser's own position: "[ERR 102] Line 5:9 mismatched input". */
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+] Line (?<line>\\d+):(?<column>\\d+)\\s*");
    private static final Pattern IN_RULE = Pattern.compile("\\s+in rule \"?(?:[^\"]*)\"?\\s*$");
    private static final Pattern UNRESOLVED = Pattern.compile(
            "unable to resolve method using strict-mode: (?:[\\w$]+\\.)*(?<type>[\\w$]+)\\.(?<member>\\w+)\\(\\)");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("^Unable to resolve ObjectType '(?<type>[\\w.$]+)'");
    private static final Pattern EXPRESSION = Pattern.compile("^Unable to Analyse Expression (?<expression>.*?):?$");
    /** Lines the classic compiler adds above a consequence in the class it generates, besides its own offset. */
    private static final int GENERATED_PREAMBLE = 3;

    private DrlProblems() {
    }

    /** Each error as a problem; {@code shownAs} maps the builder's source paths to the files as the maintainer knows them. */
    static List<Problem> of(List<KnowledgeBuilderError> errors, KnowledgeBuilderImpl builder, Map<String, String> shownAs,
            Map<String, String> texts, RuleIndex index, String location) {
        List<Problem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : errors) {
            String file = error.getResource() != null && error.getResource().getSourcePath() != null
                    ? shownAs.getOrDefault(error.getResource().getSourcePath(), location) : location;
            if (error instanceof RuleBuildError built && built.getObject() instanceof CompilationProblem[] compiled) {
                Optional<RuleIndex.RuleAt> rule = index.named(built.getRule().getName());
                for (CompilationProblem problem : compiled) {
                    problems.add(consequence(problem, rule, builder, file, texts));
                }
                continue;
            }
            String text = error.getMessage() == null ? "" : error.getMessage().strip();
            if (text.equals("Parser returned a null Package")) {
                continue; // the parser's own errors, reported with their lines, say why
            }
            int line = error.getLines().length > 0 ? error.getLines()[0] : 0;
            int column = 0;
            Matcher position = PARSER_POSITION.matcher(text);
            if (position.find()) {
                line = Integer.parseInt(position.group("line"));
                column = Integer.parseInt(position.group("column")) + 1;
                text = text.substring(position.end());
            }
            if (error instanceof RuleBuildError built && built.getRule() != null && index.named(built.getRule().getName()).isPresent()) {
                RuleIndex.RuleAt rule = index.named(built.getRule().getName()).get();
                file = rule.file();
                line = line > 0 ? line : rule.line();
            }
            String firstLine = text.lines().findFirst().orElse("").strip();
            Matcher unresolved = UNRESOLVED.matcher(text);
            String expression = null;
            Matcher analysed = EXPRESSION.matcher(firstLine);
            if (analysed.find()) {
                expression = analysed.group("expression").strip();
            }
            if (unresolved.find()) {
                String type = unresolved.group("type");
                String member = unresolved.group("member");
                Optional<Class<?>> known = Vocabulary.type(type);
                if (line <= 0) {
                    int[] at = locate(texts.get(file), expression, type, member);
                    line = at[0];
                    column = at[1];
                }
                if (known.filter(Class::isEnum).isPresent()) {
                    firstLine = Vocabulary.valueMessage(type, member, known.get());
                    column = column > 0 ? column : columnOf(texts.get(file), line, member);
                } else {
                    firstLine = type + " has no field \"" + member + "\"" + (expression == null ? "" : " (in " + expression + ")")
                            + known.flatMap(c -> Vocabulary.suggestion(member, Vocabulary.fields(c))).map(f -> ": did you mean " + f + "?")
                                    .orElse("");
                    column = column > 0 ? column : columnOf(texts.get(file), line, member);
                }
            } else if (expression != null) {
                firstLine = "cannot use " + expression + ": " + text.lines().skip(1).map(String::strip)
                        .filter(l -> l.startsWith("[Error:")).map(l -> l.replaceAll("^\\[Error:\\s*|]$", "")).findFirst()
                        .orElse("check the field names and types");
            }
            Matcher unknownType = UNKNOWN_TYPE.matcher(firstLine);
            if (unknownType.find()) {
                String written = unknownType.group("type");
                firstLine = "there is no fact \"" + written + "\" a rule can match" + Vocabulary.suggestion(written, Vocabulary.facts())
                        .map(f -> ": did you mean " + f + "?").orElse(" (the guide's \"Reference: what a rule may use\" lists them)");
                column = column > 1 ? column : columnOf(texts.get(file), line, written);
            }
            firstLine = IN_RULE.matcher(firstLine).replaceAll("");
            String where = line > 0 ? file + ":" + line + ":" + Math.max(column, 1) : file;
            Optional<RuleIndex.RuleAt> rule = line > 0 ? index.at(file, line) : Optional.empty();
            problems.add(new Problem(where, rule.map(r -> r.label() + ": ").orElse("") + firstLine));
        }
        return withoutFollowOns(problems);
    }

    /**
     * Without the errors a rule's {@code then} part gets only because its {@code when} part is
     * wrong ("$workshop cannot be resolved" after an unknown fact): one mistake, one problem.
     */
    private static List<Problem> withoutFollowOns(List<Problem> problems) {
        List<Problem> kept = new ArrayList<>();
        for (Problem problem : problems) {
            int then = problem.message().indexOf(": then part: $");
            boolean followOn = then > 0 && problem.message().endsWith("cannot be resolved") && problems.stream().anyMatch(other ->
                    other != problem && other.message().startsWith(problem.message().substring(0, then) + ": ")
                            && !other.message().contains(": then part: "));
            if (!followOn) {
                kept.add(problem);
            }
        }
        return kept;
    }

    /** A Java compile error in a rule's {@code then} part, at its line in the rule file. */
    private static Problem consequence(CompilationProblem problem, Optional<RuleIndex.RuleAt> rule, KnowledgeBuilderImpl builder,
            String file, Map<String, String> texts) {
        String where = rule.map(RuleIndex.RuleAt::where).orElse(file);
        String code = null;
        String className = problem.getFileName() == null ? "" : problem.getFileName().replaceAll("\\.java$", "").replace('/', '.');
        LineMappings mappings = lineMappings(builder, className);
        if (rule.isPresent() && mappings != null) {
            RuleIndex.RuleAt at = rule.get();
            int line = mappings.getStartLine() + problem.getStartLine() - mappings.getOffset() - GENERATED_PREAMBLE;
            if (line > at.thenLine() && (at.endLine() == 0 || line < at.endLine())) {
                String text = texts.get(at.file());
                code = text == null ? null : text.lines().skip(line - 1L).findFirst().orElse(null);
                String word = problem.getMessage() == null ? null : Vocabulary.misspelled(problem.getMessage().strip());
                where = at.file() + ":" + line + ":" + Math.max(1, word == null ? 1 : columnOf(text, line, word));
            } else if (at.thenLine() > 0) {
                where = at.file() + ":" + at.thenLine() + ":1";
            }
        }
        String message = problem.getMessage() == null ? "does not compile" : Vocabulary.explain(problem.getMessage().strip(), code);
        return new Problem(where, rule.map(r -> r.label() + ": ").orElse("") + "then part: " + message);
    }

    private static LineMappings lineMappings(KnowledgeBuilderImpl builder, String className) {
        int dot = className.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        PackageRegistry registry = builder.getPackageRegistry(className.substring(0, dot));
        return registry == null ? null : registry.getDialectRuntimeRegistry().getLineMappings(className);
    }

    /**
     * Where a misspelled name is written when Drools gives no line: the line holding the
     * expression it quotes (white space aside), else the first holding {@code Type.member};
     * {@code {line, column}}, both 0 when not found.
     */
    private static int[] locate(String text, String expression, String type, String member) {
        if (text == null) {
            return new int[] {0, 0};
        }
        List<String> lines = text.lines().toList();
        String wanted = expression == null ? null : expression.replaceAll("\\s+", "");
        Pattern qualified = Pattern.compile("\\b" + Pattern.quote(type) + "\\s*\\.\\s*" + Pattern.quote(member) + "\\b");
        for (boolean byExpression : List.of(true, false)) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean found = byExpression ? wanted != null && line.replaceAll("\\s+", "").contains(wanted) : qualified.matcher(line).find();
                if (found) {
                    return new int[] {i + 1, columnOf(text, i + 1, member)};
                }
            }
        }
        return new int[] {0, 0};
    }

    /** The column of {@code word} on {@code line} of {@code text}, from 1; 0 when it is not there. */
    private static int columnOf(String text, int line, String word) {
        if (text == null || line < 1) {
            return 0;
        }
        String row = text.lines().skip(line - 1L).findFirst().orElse("");
        Matcher found = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(row);
        return found.find() ? found.start() + 1 : 0;
    }
}
