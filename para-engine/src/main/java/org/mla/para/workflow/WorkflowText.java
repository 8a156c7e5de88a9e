package org.mla.para.workflow;

import org.apiguardian.api.API;

/**
 * The lengths and characters of the text an operator or a caller gives the workflow (names,
 * references, signatures, comments, reasons): sanity bounds against typing errors and floods,
 * like the portfolio's {@code Limits}, not policy. Control characters are refused: stored text
 * reaches terminals, e-mails and the Board's screens.
 */
@API(status = API.Status.INTERNAL, since = "0.3")
public final class WorkflowText {

    /** An applicant id. */
    public static final int ID = 64;
    /** A name, a signature, a payment reference, who acts. */
    public static final int LINE = 200;
    /** An e-mail address (RFC 5321's limit). */
    public static final int EMAIL = 254;
    /** A comment or a reason: several paragraphs. */
    public static final int TEXT = 5_000;

    private WorkflowText() {
    }

    /** What is wrong with a one-line value, or {@code null}: too long, or holding a control character. */
    public static String lineProblem(String value, int most) {
        return problem(value, most, false);
    }

    /** What is wrong with a text of paragraphs (line breaks and tabs allowed), or {@code null}. */
    public static String textProblem(String value, int most) {
        return problem(value, most, true);
    }

    private static String problem(String value, int most, boolean paragraphs) {
        if (value == null) {
            return null;
        }
        if (value.length() > most) {
            return "must be at most " + most + " characters long (was " + value.length() + ")";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c) && !(paragraphs && (c == '\n' || c == '\t' || c == '\r'))) {
                return "must not hold control characters (found U+" + String.format("%04X", (int) c) + " at position "
                        + (i + 1) + ")";
            }
        }
        return null;
    }

    /** C0 and C1 control characters and DEL: what a terminal may take as a command. */
    public static boolean isControl(char c) {
        return c < ' ' || c >= '\u007f' && c <= '\u009f';
    }

    /**
     * The text with every control character shown as {@code \\uXXXX} (line breaks as {@code \\n}):
     * safe to print to a terminal.
     */
    public static String printable(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c)) {
                if (out == null) {
                    out = new StringBuilder().append(value, 0, i);
                }
                out.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }
}
