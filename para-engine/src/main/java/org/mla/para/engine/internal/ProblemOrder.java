package org.mla.para.engine.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mla.para.engine.Problem;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Applicant;
import org.mla.para.model.AreaShare;
import org.mla.para.model.ClaimType;
import org.mla.para.model.HeldLevel;
import org.mla.para.model.Portfolio;

/**
 * Orders problems as a person reads the portfolio: fields in the format's order (applicant,
 * targetLevel, ..., claims; in a claim id, type, title, area, dates...), list items by index
 * ({@code claims[2]} before {@code claims[10]}), and the problems of one value by message. The
 * order never depends on the order in which validation found them (Hibernate Validator hands
 * them over in a hash set, whose order changes from run to run).
 */
public final class ProblemOrder {

    private static final Pattern SEGMENT = Pattern.compile("\\[(?<index>\\d+)]|(?<name>[^.\\[]+)");

    /** The rank of each field name of the format; names of one object never share a rank. */
    private static final Map<String, Integer> FIELD_RANK = fieldRanks();

    /** By path (fields in the format's order, indexes as numbers), then by message. */
    public static final Comparator<Problem> DOCUMENT = ProblemOrder::compare;

    private ProblemOrder() {
    }

    private static int compare(Problem a, Problem b) {
        List<Object> left = segments(a.path());
        List<Object> right = segments(b.path());
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int c = compareSegments(left.get(i), right.get(i));
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(left.size(), right.size()); // a whole value before its parts
        return c != 0 ? c : a.message().compareTo(b.message());
    }

    private static int compareSegments(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Long) {
            return -1;
        }
        if (b instanceof Long) {
            return 1;
        }
        String x = (String) a;
        String y = (String) b;
        // Names the format does not know (a misspelt field) come after the ones it does.
        int c = Integer.compare(FIELD_RANK.getOrDefault(x, Integer.MAX_VALUE), FIELD_RANK.getOrDefault(y, Integer.MAX_VALUE));
        return c != 0 ? c : x.compareTo(y);
    }

    /** {@code claims[3].areas[1].percent} as ["claims", 3, "areas", 1, "percent"]; {@code $} as []. */
    private static List<Object> segments(String path) {
        List<Object> segments = new ArrayList<>();
        if (path == null || path.equals("$")) {
            return segments;
        }
        Matcher matcher = SEGMENT.matcher(path);
        while (matcher.find()) {
            if (matcher.group("index") != null) {
                segments.add(index(matcher.group("index")));
            } else {
                segments.add(matcher.group("name"));
            }
        }
        return segments;
    }

    private static long index(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) { // more digits than a long holds: after every real index
            return Long.MAX_VALUE;
        }
    }

    /**
     * One order of every field name that keeps each record's components in declaration order
     * (the format's order): a topological sort of "comes right before" over all the records,
     * ties broken by first appearance.
     */
    private static Map<String, Integer> fieldRanks() {
        List<List<String>> objects = new ArrayList<>();
        List<String> portfolio = names(Portfolio.class);
        portfolio.add("adjustments"); // the Board's adjustments are checked with the portfolio they adjust
        objects.add(portfolio);
        objects.add(names(Applicant.class));
        objects.add(names(HeldLevel.class));
        objects.add(names(AreaShare.class));
        objects.add(names(Adjustment.class));
        for (ClaimType type : ClaimType.values()) {
            List<String> claim = names(type.recordType());
            claim.add(1, "type"); // in the format, right after the id
            objects.add(claim);
        }
        Map<String, Set<String>> after = new LinkedHashMap<>();
        Map<String, Integer> before = new HashMap<>();
        for (List<String> names : objects) {
            for (int i = 0; i < names.size(); i++) {
                after.computeIfAbsent(names.get(i), n -> new LinkedHashSet<>());
                before.putIfAbsent(names.get(i), 0);
                if (i > 0 && after.get(names.get(i - 1)).add(names.get(i))) {
                    before.merge(names.get(i), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> ranks = new HashMap<>();
        while (ranks.size() < after.size()) {
            String next = after.keySet().stream().filter(n -> !ranks.containsKey(n) && before.get(n) == 0).findFirst()
                    // Records that disagree on an order (none do today): take the first left, rather than fail.
                    .orElseGet(() -> after.keySet().stream().filter(n -> !ranks.containsKey(n)).findFirst().orElseThrow());
            ranks.put(next, ranks.size());
            after.get(next).forEach(n -> before.merge(n, -1, Integer::sum));
        }
        return Map.copyOf(ranks);
    }

    private static List<String> names(Class<?> record) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }
}
