package org.mla.para.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain of a history: each event's hash covers its stored content and the hash of
 * the application's previous event, so changing, removing or reordering a stored event breaks
 * the chain from there on. SHA-256 over the columns, each prefixed with its length (no two
 * different rows hash the same text), written as 64 hexadecimal digits.
 */
final class EventHash {

    /** The "previous hash" of an application's first event. */
    static final String START = "0".repeat(64);

    private EventHash() {
    }

    /** The stored columns of one event, as the hash sees them. */
    record Row(String applicationId, int sequence, String action, String actor, Instant recordedAt, String fromState,
            String toState, String changeJson, String previousHash, String eventHash) {

        /** The hash this row's content should have, at {@code sequence}. */
        String expectedHash(int atSequence) {
            return hash(applicationId, atSequence, action, actor, recordedAt, fromState, toState, changeJson, previousHash);
        }
    }

    static String hash(String applicationId, int sequence, String action, String actor, Instant recordedAt,
            String fromState, String toState, String changeJson, String previousHash) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
        for (String part : new String[] {applicationId, Integer.toString(sequence), action, actor, recordedAt.toString(),
                fromState == null ? "" : fromState, toState, changeJson, previousHash}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
