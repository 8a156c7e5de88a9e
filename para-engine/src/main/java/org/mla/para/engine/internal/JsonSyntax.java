package org.mla.para.engine.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with text that is not JSON, in the words of the person who wrote it: a comma
 * missing, a quote not closed, a field given twice. Portfolios, decision files and rule
 * editions' {@code edition.json} all say it this way; the parser's own wording (its class
 * names, its features) never reaches a person.
 */
public final class JsonSyntax {

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.)' \\(code \\d+\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']*)'");
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(?<marker>.)': (?:expected '(?<expected>.)')?");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private JsonSyntax() {
    }

    /** Where the parser stopped, as {@code line:column} (both from 1); empty when it does not say. */
    public static String lineAndColumn(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : at.getLineNr() + ":" + Math.max(at.getColumnNr(), 1);
    }

    /** Where the parser stopped, as {@code " at line 4, column 3"}; empty when it does not say. */
    public static String atLineAndColumn(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + Math.max(at.getColumnNr(), 1);
    }

    /** What is wrong, in plain words, for the place {@link #lineAndColumn} gives. */
    public static String explain(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.lookingAt()) {
            return "the field \"" + duplicate.group(1) + "\" is given twice: keep one of them";
        }
        if (message.startsWith("Trailing token")) {
            return "there is more text after the closing } of the object: remove it, or move it inside";
        }
        if (message.contains("comma to separate Object entries")) {
            return "a comma is missing between two fields, or a quote is not closed";
        }
        if (message.contains("comma to separate Array entries")) {
            return "a comma is missing between two values of a list, or a quote is not closed";
        }
        if (message.contains("colon to separate field name and value")) {
            return "a colon (:) is missing between a field's name and its value";
        }
        if (message.contains("ALLOW_COMMENTS")) {
            return "JSON cannot hold comments (// or /* */): remove them";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return message.contains("closing quote")
                    ? "the file ends inside a text: a closing quote (\") is missing"
                    : "the file ends too early: a closing } or ] is missing";
        }
        Matcher close = CLOSE.matcher(message);
        if (close.lookingAt()) {
            return close.group("expected") == null ? "this " + close.group("marker") + " closes nothing: remove it"
                    : "a " + close.group("expected") + " is missing before this " + close.group("marker");
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a text in quotes runs over a line break or holds a tab: close the quote on the same line, or write \\n or \\t";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "a backslash (\\) in a text starts an escape such as \\n or \\\": write \\\\ for a backslash itself";
        }
        if (message.contains("Leading zeroes") || message.startsWith("Invalid numeric value")) {
            return "a number is written as JSON cannot read it (no leading zeroes, no thousands separators)";
        }
        Matcher token = TOKEN.matcher(message);
        if (token.lookingAt()) {
            return "\"" + token.group(1) + "\" is not a JSON value: a text must be written in double quotes";
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.lookingAt()) {
            String character = unexpected.group(1);
            if (message.contains("double-quote to start field name")) {
                return switch (character) {
                    case "}" -> "a comma after the last field: remove it";
                    case "'" -> "a field's name must be in double quotes (\"), not single quotes (')";
                    default -> "a field's name must be in double quotes (\"name\")";
                };
            }
            if ("]".equals(character) || "}".equals(character)) {
                return "a value is missing before this " + character + " (a comma after the last value?)";
            }
            if ("'".equals(character)) {
                return "a text must be in double quotes (\"), not single quotes (')";
            }
            return "\"" + character + "\" cannot stand here: a value, a comma or a closing } or ] was expected";
        }
        return "this is not valid JSON here";
    }
}
