package org.mla.para.cli;

import java.util.List;

/**
 * How output shown in the guide is compared with what the program prints. The guide's
 * convention, the one a reader assumes:
 * <ul>
 * <li>a line {@code ...} stands for any number of printed lines, none included;</li>
 * <li>a line ending in {@code ...} stands for a printed line that starts with the text before
 * the {@code ...} (a long line cut short);</li>
 * <li>every other line must be printed exactly, in that order, and nothing else is printed.</li>
 * </ul>
 */
final class ShownOutput {

    static final String ELLIPSIS = "...";

    private final List<String> shown;
    private final List<String> printed;
    private final boolean[][] failed;
    private int furthest;

    private ShownOutput(List<String> shown, List<String> printed) {
        this.shown = shown;
        this.printed = printed;
        this.failed = new boolean[shown.size() + 1][printed.size() + 1];
    }

    /**
     * Where the shown lines part from the printed ones: -1 when they match; the index of the
     * first shown line no printing matches; or {@code shown.size()} when the program printed
     * lines the guide does not show.
     */
    static int firstMismatch(List<String> shown, List<String> printed) {
        ShownOutput match = new ShownOutput(shown, printed);
        return match.matches(0, 0) ? -1 : match.furthest;
    }

    static boolean isEllipsis(String line) {
        return line.strip().equals(ELLIPSIS);
    }

    private boolean matches(int s, int p) {
        furthest = Math.max(furthest, s);
        if (failed[s][p]) {
            return false;
        }
        boolean matches;
        if (s == shown.size()) {
            matches = p == printed.size();
        } else if (isEllipsis(shown.get(s))) {
            matches = false;
            for (int q = p; q <= printed.size() && !matches; q++) {
                matches = matches(s + 1, q);
            }
        } else {
            matches = p < printed.size() && lineMatches(shown.get(s), printed.get(p)) && matches(s + 1, p + 1);
        }
        failed[s][p] = !matches;
        return matches;
    }

    private static boolean lineMatches(String shown, String printed) {
        return shown.endsWith(ELLIPSIS) ? printed.startsWith(shown.substring(0, shown.length() - ELLIPSIS.length()))
                : printed.equals(shown);
    }
}
