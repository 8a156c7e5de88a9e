package org.mla.para.model.scoring;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.mla.para.model.ClaimType;
import org.mla.para.model.EvidenceKind;

/**
 * One line of an edition's evidence table: the kinds of evidence that prove a claim of one type.
 * A claim carrying at least one of them counts; without any it earns nothing, note NO_EVIDENCE.
 * Declared in the edition's {@code evidence.drl}, one line per claim type:
 * {@code insert(AcceptedEvidence.of(ClaimType.WORKSHOP, EvidenceKind.CERTIFICATE, EvidenceKind.ATTENDANCE_FORM));}
 *
 * @param type  the claim type
 * @param kinds the kinds of evidence that prove it, any one being enough
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record AcceptedEvidence(ClaimType type, Set<EvidenceKind> kinds) {

    public AcceptedEvidence {
        if (type == null || kinds == null || kinds.isEmpty()) {
            throw new EditionMistake("a line of the evidence table needs a claim type and at least one kind of evidence");
        }
        kinds = Set.copyOf(kinds);
    }

    /** This line and {@code other}, for the same type: the kinds of either. */
    public AcceptedEvidence and(AcceptedEvidence other) {
        if (other.type != type) {
            throw new IllegalArgumentException("lines for " + type + " and " + other.type + " cannot be joined");
        }
        Set<EvidenceKind> both = EnumSet.copyOf(kinds);
        both.addAll(other.kinds);
        return new AcceptedEvidence(type, both);
    }

    /** The line "a claim of {@code type} is proven by {@code first} (or any of {@code others})". */
    public static AcceptedEvidence of(ClaimType type, EvidenceKind first, EvidenceKind... others) {
        return new AcceptedEvidence(type, EnumSet.of(first, others));
    }
}
