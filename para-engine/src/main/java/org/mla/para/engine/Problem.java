package org.mla.para.engine;

import org.apiguardian.api.API;

/**
 * One thing wrong with an input, where it is and what would be right.
 *
 * @param path    the JSON path of the offending value ({@code claims[3].hours}), {@code $} for
 *                the whole document, or {@code file:line:col} for a rule file
 * @param message what is wrong, for a person
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Problem(String path, String message) implements Comparable<Problem> {

    /** The problem as one line: {@code path: message}. */
    @Override
    public String toString() {
        return path + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return toString().compareTo(other.toString());
    }
}
