package org.mla.para.service;

/**
 * How much of the service one client may take, so that slow or greedy clients never stop it
 * answering the others.
 *
 * @param threads               threads that serve requests
 * @param connectionsPerAddress open connections one client address may have at once
 * @param minBytesPerSecond     a request body arriving slower than this is cut off (408): a client
 *                              sending a byte a second cannot hold a thread
 * @param gapClaims             the most claims {@code POST /gaps} analyses (each claim costs hundreds of
 *                              assessments); larger portfolios are refused with 413
 * @param gapsAtOnce            gap analyses running at once; more are refused with 503 and Retry-After
 */
public record HttpLimits(int threads, int connectionsPerAddress, long minBytesPerSecond, int gapClaims, int gapsAtOnce) {

    /** The service's defaults: documented in the README and in {@code docs/security.md}. */
    public static final HttpLimits DEFAULTS = new HttpLimits(200, 32, 1_024, 100, Math.max(1,
            Runtime.getRuntime().availableProcessors() / 2));

    public HttpLimits {
        if (threads < 8 || connectionsPerAddress < 1 || minBytesPerSecond < 0 || gapClaims < 1 || gapsAtOnce < 1) {
            throw new IllegalArgumentException("limits out of range: " + threads + ", " + connectionsPerAddress + ", "
                    + minBytesPerSecond + ", " + gapClaims + ", " + gapsAtOnce);
        }
    }
}
