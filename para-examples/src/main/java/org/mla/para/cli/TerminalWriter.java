package org.mla.para.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.mla.para.workflow.WorkflowText;

/**
 * What the commands print goes through this: every C0 and C1 control character (escape,
 * bell, carriage return, CSI...) is written as {@code \\uXXXX}, so a name or a title that
 * came from a portfolio, a database or a decision file cannot move the cursor, retitle the
 * window or clear the operator's screen. Line breaks and tabs, which the commands themselves
 * print, pass. JSON output stays valid: an escape written inside a string is a JSON escape.
 */
final class TerminalWriter extends FilterWriter {

    private TerminalWriter(Writer out) {
        super(out);
    }

    /** {@code out}, filtered (once: a filtered writer is returned as it is). */
    static PrintWriter filtering(PrintWriter out) {
        return out instanceof Filtered ? out : new Filtered(new TerminalWriter(out));
    }

    private static final class Filtered extends PrintWriter {
        Filtered(Writer out) {
            super(out, true);
        }
    }

    @Override
    public void write(int c) throws IOException {
        if (passes((char) c)) {
            out.write(c);
        } else {
            out.write(WorkflowText.printable(String.valueOf((char) c)));
        }
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        write(new String(text, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = text.charAt(i);
            if (!passes(c)) {
                out.write(text, start, i - start);
                out.write(String.format("\\u%04x", (int) c));
                start = i + 1;
            }
        }
        out.write(text, start, end - start);
    }

    private static boolean passes(char c) {
        return c == '\n' || c == '\t' || (c == '\r' && System.lineSeparator().contains("\r")) || !WorkflowText.isControl(c);
    }
}
