package org.mla.para.cli;

/** Lets tests of other packages run the para command in-process. */
public final class ParaCommandAccess {

    private ParaCommandAccess() {
    }

    /** Runs {@code para args...}; returns its exit status. */
    public static int run(String... args) {
        return Para.run(args).exitCode();
    }
}
