package org.mla.para.model;

/**
 * Normalizes titles so that rules can recognize the same organization or presentation: white
 * space, as {@link Character#isWhitespace} defines it, is removed at both ends and every inner
 * run of it becomes one space; case is ignored as {@link String#equalsIgnoreCase} ignores it.
 */
final class Titles {

    private Titles() {
    }

    static String key(String title) {
        if (title == null) {
            return null;
        }
        // strip(), not trim(): the same white space at the ends as inside (U+3000, U+2002, ...).
        String trimmed = title.strip();
        StringBuilder key = new StringBuilder(trimmed.length());
        boolean inWhitespace = false;
        for (int i = 0; i < trimmed.length(); ) {
            int c = trimmed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                if (!inWhitespace) {
                    key.append(' ');
                }
                inWhitespace = true;
            } else {
                inWhitespace = false;
                // Upper then lower case, as String.equalsIgnoreCase compares characters.
                key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
            }
        }
        return key.toString();
    }
}
