package org.mla.para.engine;

import org.apiguardian.api.API;

/**
 * How much input an engine accepts, so that no portfolio, however large or hostile, can
 * exhaust the host. Beyond a limit the portfolio is refused with a problem that names it.
 *
 * @param documentChars the longest portfolio document read, in characters
 * @param claims        the most claims one portfolio may list
 * @param textChars     the longest text value (an id, a title, a name...)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Limits(int documentChars, int claims, int textChars) {

    /** One million characters, 1,000 claims, 1,000 characters of text: far beyond a real portfolio. */
    public static final Limits DEFAULTS = new Limits(1_000_000, 1_000, 1_000);

    public Limits {
        if (documentChars < 1 || claims < 1 || textChars < 1) {
            throw new IllegalArgumentException("limits must be positive: " + documentChars + ", " + claims + ", " + textChars);
        }
    }
}
