package org.mla.para.engine.internal;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mla.para.engine.Problem;

/** Orders problems as they appear in a document: {@code claims[2]} before {@code claims[10]}. */
public final class ProblemOrder {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final int WIDTH = String.valueOf(Long.MAX_VALUE).length();

    /** By path, indexes compared as numbers; a problem's own order is kept among equal paths. */
    public static final Comparator<Problem> DOCUMENT = Comparator.comparing(p -> sortKey(p.path()));

    private ProblemOrder() {
    }

    private static String sortKey(String path) {
        Matcher matcher = INDEX.matcher(path);
        StringBuilder key = new StringBuilder();
        while (matcher.find()) {
            String digits = matcher.group(1);
            // Pad to a common width so that indexes compare as numbers, however long.
            matcher.appendReplacement(key, "[" + "0".repeat(Math.max(0, WIDTH - digits.length())) + digits + "]");
        }
        matcher.appendTail(key);
        return key.toString();
    }
}
