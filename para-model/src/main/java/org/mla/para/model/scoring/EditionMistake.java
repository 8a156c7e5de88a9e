package org.mla.para.model.scoring;

import org.apiguardian.api.API;

/**
 * A mistake in an edition's rule files that only shows while assessing: a table the rules apply
 * to every claim is missing what a claim needs (a claim type without a line in the evidence
 * table, say), or a line of a table that makes no sense (a cap of -3). The engine reports it as a rule-edition error naming the rule that applied the
 * table, with this message; it never becomes a silent result.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public final class EditionMistake extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The text of the table line it is about, as written in the rule file (white space aside), or null. */
    private final String written;

    /** @param message what is wrong and how to fix it, in the maintainer's terms */
    public EditionMistake(String message) {
        this(message, null);
    }

    /**
     * @param message what is wrong and how to fix it, in the maintainer's terms
     * @param written the text of the table line it is about, as a rule file writes it
     *                ({@code Cap.atMost(-3)}; {@code AcceptedEvidence.of(} for the table as a
     *                whole), so that the report can point at that line
     */
    public EditionMistake(String message, String written) {
        super(message);
        this.written = written;
    }

    /** The text of the table line it is about, as a rule file writes it, or null. */
    public String written() {
        return written;
    }
}
