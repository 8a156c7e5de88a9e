package org.mla.para.cli;

/** The exit status of the para command, as the portfolio format specifies. */
final class ExitCodes {

    static final int ASSESSED = 0;
    static final int OTHER = 1;
    static final int INVALID_INPUT = 2;
    static final int BROKEN_RULES = 3;

    private ExitCodes() {
    }
}
