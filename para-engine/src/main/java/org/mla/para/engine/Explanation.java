package org.mla.para.engine;

import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.model.Assessment;
import org.mla.para.model.Note;

/**
 * An assessment with its notes explained: what each note refers to (the claim a duplicate
 * repeats, the claims that used a cap and the cap's size) and what to do about it, in words.
 * Every figure is found by asking the rules (assessing the portfolio without a claim, or with
 * other evidence), never from a copy of the point table.
 *
 * @param assessment the assessment explained
 * @param claims     per claim, in portfolio order, the reasons for its notes, in note order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public record Explanation(Assessment assessment, List<ClaimReasons> claims) {

    public Explanation {
        claims = List.copyOf(claims);
    }

    /** The reasons for the notes of the claim with this id; empty when it has none. */
    public List<Reason> reasons(String claimId) {
        return claims.stream().filter(c -> c.claimId().equals(claimId)).findFirst().map(ClaimReasons::reasons).orElse(List.of());
    }

    /**
     * The reasons of one claim.
     *
     * @param claimId the claim
     * @param reasons one per note of the claim, in the same order
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3")
    public record ClaimReasons(String claimId, List<Reason> reasons) {

        public ClaimReasons {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * One note, explained.
     *
     * @param note   the note
     * @param detail what it refers to, for a reviewer who reads the note's name beside it:
     *               "of c3 (same title)", "cross-training 20 a portfolio, 15 used by c2"
     * @param words  the note in a sentence for the applicant: "counted once: same title as c3 “Storytime”"
     * @param claims the other claims it refers to (the original of a duplicate, the claims that used a cap)
     * @param limit  for {@code CAPPED}: the cap, as the rules applied it; else 0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3")
    public record Reason(Note note, String detail, String words, List<String> claims, int limit) {

        public Reason {
            claims = List.copyOf(claims);
        }

        /** "DUPLICATE of c3 (same title)", "CAPPED: cross-training 20 a portfolio, 15 used by c2", "NO_EVIDENCE". */
        public String reference() {
            if (detail.isEmpty()) {
                return note.name();
            }
            return note.name() + (note == Note.DUPLICATE ? " " : ": ") + detail;
        }
    }
}
