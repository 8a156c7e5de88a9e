package org.mla.para.model;

/** Normalizes titles so that rules can recognize the same organization or presentation. */
final class Titles {

    private Titles() {
    }

    static String key(String title) {
        if (title == null) {
            return null;
        }
        StringBuilder key = new StringBuilder(title.length());
        boolean pendingSpace = false;
        for (int i = 0; i < title.length(); ) {
            int c = title.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                pendingSpace = key.length() > 0;
            } else {
                if (pendingSpace) {
                    key.append(' ');
                    pendingSpace = false;
                }
                // Upper then lower case, as String.equalsIgnoreCase compares characters.
                key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
            }
        }
        return key.toString();
    }
}
