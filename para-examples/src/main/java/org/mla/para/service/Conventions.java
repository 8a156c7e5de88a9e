package org.mla.para.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/** What every request and answer of the service observes: content types, security headers, quiet disconnects. */
final class Conventions {

    /**
     * The page's own scripts, styles and images only, nothing inline, no framing: what the
     * self-assessment page needs and no more.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Conventions() {
    }

    static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    /**
     * A request body must be JSON in UTF-8: a declared type other than {@code application/json}
     * (or a {@code +json} type), or a charset other than UTF-8, is refused with 415. A body
     * without a declared type is read as JSON.
     */
    static void checkContentType(Context ctx) {
        String declared = ctx.header("Content-Type");
        if (declared == null || declared.isBlank()) {
            return;
        }
        String[] parts = declared.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            throw new AssessmentService.Refused(415, "Content-Type", "must be application/json (was " + shown(declared) + ")");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset = parameter.length < 2 ? "" : parameter[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw new AssessmentService.Refused(415, "Content-Type", "the charset must be UTF-8 (was " + shown(charset) + ")");
                }
            }
        }
    }

    /** Gap analysis assesses hundreds of hypothetical portfolios: its cost grows with the claims, so they are bounded. */
    static void checkGapClaims(String body, int most) {
        JsonNode claims;
        try {
            claims = JSON.readTree(body).path("claims");
        } catch (IOException | RuntimeException e) {
            return; // the portfolio reader says what is wrong with it
        }
        if (claims.isArray() && claims.size() > most) {
            throw new AssessmentService.Refused(413, "claims", "a gap analysis takes at most " + most + " claims (this portfolio has "
                    + claims.size() + "); POST /assessments assesses it");
        }
    }

    /** Whether {@code e} is a client that dropped, or sent too slowly, in the middle of its request. */
    static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.eclipse.jetty.io.EofException || cause instanceof TimeoutException
                    || cause instanceof org.eclipse.jetty.http.BadMessageException
                    || cause instanceof java.io.UncheckedIOException || cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static String shown(String text) {
        String cleaned = org.mla.para.workflow.WorkflowText.printable(text);
        return cleaned.length() > 80 ? cleaned.substring(0, 80) + "..." : cleaned;
    }
}
