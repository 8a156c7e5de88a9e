package org.mla.para.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mla.para.engine.Problem;

/**
 * Where each rule of an edition is written: file, line, name, {@code @id} and the lines of its
 * parts. Read from the text alone (no Drools), so that every problem, at compile time or while
 * assessing, can name the rule the way the maintainer wrote it. It also finds what the DRL
 * parser explains badly: a rule whose {@code end} is missing.
 */
public record RuleIndex(List<RuleAt> rules, List<Problem> structureProblems) {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"(?<quoted>(?:[^\"\\\\]|\\\\.)*)\"|(?<plain>\\S+))");
    private static final Pattern ID = Pattern.compile("@id\\s*\\(\\s*\"?(?<id>[^\")]*)\"?\\s*\\)");
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*;?\\s*$");
    private static final Pattern BLOCK = Pattern.compile("^\\s*(?:query|declare|function)\\b");

    /**
     * One {@code insert(...)} of a rule's {@code then} part: a line of a table (a cap, a line of
     * the evidence table) when the rule declares one.
     *
     * @param line the line it starts on, from 1
     * @param text the statement as written on that line, trimmed
     */
    public record Insert(int line, String text) {
    }

    /**
     * One rule as written.
     *
     * @param file     the file as shown in problems
     * @param line     the line of its {@code rule} keyword, from 1
     * @param name     its name
     * @param id       its {@code @id}, or its name when it has none
     * @param whenLine the line of {@code when}, 0 when missing
     * @param thenLine the line of {@code then}, 0 when missing
     * @param endLine  the line of {@code end}, 0 when missing
     * @param when     the text of its conditions
     * @param inserts  the facts its {@code then} part inserts, in order: the lines of a table
     */
    public record RuleAt(String file, int line, String name, String id, int whenLine, int thenLine, int endLine, String when,
            List<Insert> inserts) {

        public RuleAt {
            inserts = List.copyOf(inserts);
        }

        /** {@code file:line:1}: where problems about the whole rule point. */
        public String where() {
            return file + ":" + line + ":1";
        }

        /** {@code rule "name" (ID)}: how problems name it. */
        public String label() {
            return "rule \"" + name + "\"" + (id.equals(name) ? "" : " (" + id + ")");
        }

        /** Whether {@code line} lies inside this rule. */
        boolean spans(int at) {
            return at >= line && (endLine == 0 || at <= endLine);
        }
    }

    /** The rules of every file of the edition, in file order. */
    public static RuleIndex of(EditionSource source) {
        List<RuleAt> rules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        source.rules().forEach((name, text) -> scan(source.location() + "/" + name, text, rules, problems));
        return new RuleIndex(List.copyOf(rules), List.copyOf(problems));
    }

    private static void scan(String file, String text, List<RuleAt> rules, List<Problem> problems) {
        String[] lines = RuleLint.blankOut(text, false).split("\n", -1);
        String[] code = RuleLint.blankOut(text, true).split("\n", -1);
        Open open = null;
        boolean inBlock = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            Matcher rule = RULE.matcher(line);
            if (rule.find()) {
                if (open != null) {
                    problems.add(new Problem(open.where(file), open.label() + " has no \"end\": every rule ends with a line "
                            + "\"end\" before the next rule (which begins at line " + number + ")"));
                    rules.add(open.close(file, 0, List.of()));
                }
                open = new Open(number, rule.group("quoted") != null ? rule.group("quoted") : rule.group("plain"));
                inBlock = false;
                continue;
            }
            if (open == null) {
                if (BLOCK.matcher(line).find()) {
                    inBlock = true;
                } else if (inBlock && END.matcher(line).find()) {
                    inBlock = false;
                }
                continue;
            }
            Matcher id = ID.matcher(line);
            if (open.id == null && open.whenLine == 0 && id.find()) {
                open.id = id.group("id").strip();
            }
            if (open.whenLine == 0 && WHEN.matcher(line).find()) {
                open.whenLine = number;
                open.when.append(line.substring(afterKeyword(line))).append('\n');
            } else if (open.thenLine == 0 && THEN.matcher(line).find()) {
                open.thenLine = number;
            } else if (END.matcher(line).find()) {
                RuleAt closed = open.close(file, number, inserts(lines, code, open.thenLine, number));
                rules.add(closed);
                if (closed.whenLine() > 0) {
                    int end = closed.thenLine() > 0 ? closed.thenLine() : closed.endLine();
                    balance(closed, code, problems, closed.whenLine(), end, "when part", closed.thenLine() > 0 ? "then" : "end");
                }
                if (closed.thenLine() > 0 && problems.stream().noneMatch(p -> p.message().startsWith(closed.label() + ": when part"))) {
                    balance(closed, code, problems, closed.thenLine(), closed.endLine(), "then part", "end");
                }
                open = null;
            } else if (open.whenLine > 0 && open.thenLine == 0) {
                open.when.append(line).append('\n');
            }
        }
        if (open != null) {
            problems.add(new Problem(open.where(file), open.label() + " has no \"end\": every rule ends with a line \"end\""));
            rules.add(open.close(file, 0, List.of()));
        }
    }

    private static final Pattern INSERT = Pattern.compile("\\binsert\\s*\\(");

    /**
     * The {@code insert(...)} statements between {@code then} and {@code end}, comments and
     * strings aside; a statement written over several lines is read to its closing bracket.
     */
    private static List<Insert> inserts(String[] lines, String[] code, int thenLine, int endLine) {
        List<Insert> inserts = new ArrayList<>();
        for (int line = thenLine; thenLine > 0 && line < endLine; line++) {
            Matcher insert = INSERT.matcher(code[line - 1]);
            insert.region(line == thenLine ? afterKeyword(code[line - 1]) : 0, code[line - 1].length());
            while (insert.find()) {
                StringBuilder text = new StringBuilder();
                int depth = 0;
                int at = line;
                int column = insert.start();
                boolean closed = false;
                while (!closed && at < endLine) {
                    String codeLine = code[at - 1];
                    int from = column;
                    for (; column < codeLine.length() && !closed; column++) {
                        char c = codeLine.charAt(column);
                        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                        closed = c == ')' && depth == 0;
                    }
                    text.append(lines[at - 1], from, column).append(' ');
                    at++;
                    column = 0;
                }
                inserts.add(new Insert(line, text.toString().strip().replaceAll("\\s+", " ") + ";"));
            }
        }
        return inserts;
    }

    private static final String OPENERS = "({[";
    private static final String CLOSERS = ")}]";

    /**
     * Unbalanced brackets in a rule's {@code when} or {@code then} part (the lines between
     * {@code from} and {@code to}): reported here, where Drools would fail without a line, or
     * at the line after the mistake with its parser's words.
     */
    private static void balance(RuleAt rule, String[] code, List<Problem> problems, int from, int to, String part, String next) {
        java.util.Deque<Bracket> open = new java.util.ArrayDeque<>();
        for (int line = from; line < to; line++) {
            String text = code[line - 1];
            for (int column = line == from ? afterKeyword(text) : 0; column < text.length(); column++) {
                char c = text.charAt(column);
                int opener = OPENERS.indexOf(c);
                int closer = CLOSERS.indexOf(c);
                if (opener >= 0) {
                    open.push(new Bracket(opener, line, column + 1));
                } else if (closer >= 0) {
                    if (open.isEmpty()) {
                        problems.add(new Problem(rule.file() + ":" + line + ":" + (column + 1), rule.label() + ": " + part + ": \""
                                + c + "\" closes nothing: an opening \"" + OPENERS.charAt(closer) + "\" is missing"));
                        return;
                    }
                    Bracket top = open.pop();
                    if (top.kind() != closer) {
                        problems.add(new Problem(rule.file() + ":" + line + ":" + (column + 1), rule.label() + ": " + part + ": \""
                                + CLOSERS.charAt(top.kind()) + "\" expected before \"" + c + "\" (to close the \"" + OPENERS.charAt(top.kind())
                                + "\" of line " + top.line() + ", column " + top.column() + ")"));
                        return;
                    }
                }
            }
        }
        if (!open.isEmpty()) {
            Bracket top = open.peek();
            problems.add(new Problem(rule.file() + ":" + top.line() + ":" + top.column(), rule.label() + ": " + part + ": this \""
                    + OPENERS.charAt(top.kind()) + "\" is never closed (a \"" + CLOSERS.charAt(top.kind()) + "\" is missing before \"" + next
                    + "\")"));
        }
    }

    private record Bracket(int kind, int line, int column) {
    }

    private static final Pattern KEYWORD = Pattern.compile("^\\s*(?:when|then)\\b");

    /** Where the code of a {@code when} or {@code then} line begins: after the keyword (a condition may follow it). */
    private static int afterKeyword(String line) {
        Matcher keyword = KEYWORD.matcher(line);
        return keyword.find() ? keyword.end() : line.length();
    }

    /** A rule being read. */
    private static final class Open {
        final int line;
        final String name;
        String id;
        int whenLine;
        int thenLine;
        final StringBuilder when = new StringBuilder();

        Open(int line, String name) {
            this.line = line;
            this.name = name;
        }

        String where(String file) {
            return file + ":" + line + ":1";
        }

        String label() {
            return "rule \"" + name + "\"" + (id == null || id.isEmpty() || id.equals(name) ? "" : " (" + id + ")");
        }

        RuleAt close(String file, int endLine, List<Insert> inserts) {
            return new RuleAt(file, line, name, id == null || id.isEmpty() ? name : id, whenLine, thenLine, endLine, when.toString(),
                    inserts);
        }
    }

    /** The rule named {@code name} (names are unique in a package). */
    public Optional<RuleAt> named(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The rule of {@code file} that spans {@code line}. */
    public Optional<RuleAt> at(String file, int line) {
        return rules.stream().filter(r -> r.file().equals(file) && r.spans(line)).findFirst();
    }

    /** The names of every rule, for comparing with a compiled model. */
    public java.util.Set<String> names() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        rules.forEach(r -> names.add(r.name()));
        return names;
    }

    /** The rules whose conditions match facts of {@code type} (by its simple name, {@code Workshop(}). */
    public List<RuleAt> matching(Class<?> type) {
        Pattern pattern = Pattern.compile("\\b" + Pattern.quote(type.getSimpleName()) + "\\s*\\(");
        return rules.stream().filter(r -> pattern.matcher(r.when()).find()).toList();
    }

    /** Each rule by its name. */
    public Map<String, RuleAt> byName() {
        Map<String, RuleAt> byName = new LinkedHashMap<>();
        rules.forEach(r -> byName.putIfAbsent(r.name(), r));
        return byName;
    }
}
