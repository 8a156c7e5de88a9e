package org.mla.para.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Assessment;
import org.mla.para.model.Note;

/** What one event did to an application: one record per {@link Action}. */
@API(status = API.Status.STABLE, since = "0.2")
public sealed interface Change {

    /** The action this change records. */
    Action action();

    /** The applicant registered. */
    record Registered(Registration registration) implements Change {
        public Action action() {
            return Action.REGISTER;
        }
    }

    /**
     * The portfolio arrived with the fee.
     *
     * @param submittedOn   the day it arrived: its assessment date
     * @param fee           the fee payment
     * @param portfolioJson the portfolio as submitted, in the portfolio format
     * @param assessment    the engine's assessment at submission
     */
    record Submitted(LocalDate submittedOn, FeePayment fee, String portfolioJson, Assessment assessment)
            implements Change {
        public Action action() {
            return Action.SUBMIT;
        }
    }

    /**
     * The application went to a Review Board meeting.
     *
     * @param meeting       the meeting's date
     * @param decisionDueOn the day the Board's preliminary decision is due
     */
    record Scheduled(LocalDate meeting, LocalDate decisionDueOn) implements Change {
        public Action action() {
            return Action.SCHEDULE;
        }
    }

    /** The Review Board opened its review. */
    record ReviewOpened(LocalDate openedOn) implements Change {
        public Action action() {
            return Action.OPEN_REVIEW;
        }
    }

    /**
     * The Board's preliminary decision.
     *
     * @param outcome     the decision
     * @param decidedOn   the day of the decision
     * @param adjustments the reviewers' adjustments of claims, each with its reason
     * @param assessment  the assessment recomputed with the adjustments (the one at submission is kept too)
     * @param comment     the Board's words to the applicant; optional
     */
    record Decided(Outcome outcome, LocalDate decidedOn, List<Adjustment> adjustments, Assessment assessment,
            String comment) implements Change {
        public Decided {
            adjustments = List.copyOf(adjustments);
        }

        public Action action() {
            return Action.DECIDE;
        }

        /**
         * The points reviewers set that the claim does not count as set: the rules still apply
         * duplicates and caps to a reviewer's figure, and the Board should hear of it.
         */
        public List<ReducedPoints> reducedPoints() {
            List<ReducedPoints> reduced = new ArrayList<>();
            for (Adjustment adjustment : adjustments) {
                if (adjustment.points() == null || assessment == null) {
                    continue;
                }
                assessment.claim(adjustment.claimId()).filter(claim -> claim.points() < adjustment.points())
                        .ifPresent(claim -> reduced.add(new ReducedPoints(claim.id(), adjustment.reviewer(),
                                adjustment.points(), claim.points(), claim.notes())));
            }
            return List.copyOf(reduced);
        }
    }

    /**
     * A claim whose points a reviewer set, counting fewer.
     *
     * @param claimId the claim
     * @param reviewer who set its points
     * @param set     the points the reviewer set
     * @param counted the points the claim counts after duplicates and caps
     * @param notes   the claim's notes, which say why ({@code DUPLICATE}, {@code CAPPED})
     */
    record ReducedPoints(String claimId, String reviewer, int set, int counted, List<Note> notes) {
        public ReducedPoints {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Both Boards signed.
     *
     * @param executiveBoardSignature who signed for the MLA Executive Board
     * @param mblcSignature           who signed for the Massachusetts Board of Library Commissioners
     * @param approvedOn              the day of the last signature
     */
    record Approved(String executiveBoardSignature, String mblcSignature, LocalDate approvedOn) implements Change {
        public Action action() {
            return Action.APPROVE;
        }
    }

    /** The certificate was issued. */
    record Issued(Certificate certificate) implements Change {
        public Action action() {
            return Action.ISSUE;
        }
    }

    /** The applicant withdrew. */
    record Withdrawn(LocalDate withdrawnOn, String reason) implements Change {
        public Action action() {
            return Action.WITHDRAW;
        }
    }

    /**
     * The Board accepted a prior level that PARA's record does not hold (a certificate from
     * before PARA kept records, seen by the Board): a submission may declare it as held.
     *
     * @param level      the level accepted
     * @param acceptedOn the day of the acceptance
     * @param reason     why the Board accepts it
     */
    record PriorLevelAccepted(int level, LocalDate acceptedOn, String reason) implements Change {
        public Action action() {
            return Action.ACCEPT_PRIOR_LEVEL;
        }
    }
}
