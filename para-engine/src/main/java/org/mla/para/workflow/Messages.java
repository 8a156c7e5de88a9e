package org.mla.para.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mla.para.engine.ParaJson;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Assessment;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Requirement;

/** Fills the message templates' placeholders from an application just changed. */
final class Messages {

    private Messages() {
    }

    /** The message {@code change} sends about {@code application} (already changed), if it sends one. */
    static List<Notification> after(Application application, Change change, MessageTemplates templates) {
        Registration registration = application.registration();
        Map<String, String> values = new HashMap<>();
        values.put("name", registration.name());
        values.put("applicationId", application.id());
        values.put("applicantId", registration.applicantId());
        values.put("level", String.valueOf(registration.targetLevel()));
        Notification.Kind kind;
        if (change instanceof Change.Registered) {
            kind = Notification.Kind.REGISTRATION;
            values.put("registeredOn", registration.registeredOn().toString());
        } else if (change instanceof Change.Submitted s) {
            kind = Notification.Kind.RECEIPT;
            values.put("submittedOn", s.submittedOn().toString());
            values.put("feePaid", s.fee().amount().toPlainString());
        } else if (change instanceof Change.Scheduled s) {
            kind = Notification.Kind.SCHEDULED;
            values.put("submittedOn", application.submission().submittedOn().toString());
            values.put("meeting", s.meeting().toString());
            values.put("decisionDueOn", s.decisionDueOn().toString());
        } else if (change instanceof Change.Decided d) {
            kind = d.outcome() == Outcome.REVISIONS_REQUESTED ? Notification.Kind.REVISIONS_REQUESTED : Notification.Kind.DECISION;
            decision(application, d, values);
        } else if (change instanceof Change.Issued issued) {
            kind = Notification.Kind.CERTIFICATE;
            Certificate certificate = issued.certificate();
            values.put("issuedOn", certificate.issuedOn().toString());
            values.put("delivery", certificate.atConference()
                    ? "It will be presented to you at the " + certificate.conferenceYear() + " MLA conference."
                    : "It will be delivered to you.");
        } else if (change instanceof Change.Withdrawn w) {
            kind = Notification.Kind.WITHDRAWAL;
            values.put("withdrawnOn", w.withdrawnOn().toString());
            values.put("reason", w.reason());
        } else {
            return List.of();
        }
        MessageTemplates.Message message = templates.write(kind, values);
        return List.of(new Notification(kind, application.id(), registration.email(), registration.name(),
                message.subject(), message.body()));
    }

    private static void decision(Application application, Change.Decided d, Map<String, String> values) {
        values.put("outcome", switch (d.outcome()) {
            case PRELIMINARY_APPROVAL -> "preliminary approval";
            case REVISIONS_REQUESTED -> "revisions requested";
            case NOT_APPROVED -> "not approved";
        });
        values.put("decidedOn", d.decidedOn().toString());
        values.put("comment", d.comment() == null || d.comment().isBlank() ? "" : "The Board's comment: " + d.comment().strip());
        Portfolio portfolio = ParaJson.readPortfolio(application.submission().portfolioJson());
        Assessment before = application.submission().assessment();
        Assessment after = d.assessment();
        List<String> lines = new ArrayList<>();
        for (Adjustment adjustment : d.adjustments()) {
            String title = portfolio.claims().stream().filter(c -> c.id().equals(adjustment.claimId())).map(Claim::title)
                    .findFirst().orElse("");
            int was = before.claim(adjustment.claimId()).map(ClaimAssessment::points).orElse(0);
            int now = after.claim(adjustment.claimId()).map(ClaimAssessment::points).orElse(0);
            String what = switch (adjustment.action()) {
                case DISALLOW -> "not counted";
                case SET_POINTS -> "set to " + points(adjustment.points());
                case MOVE_AREA -> "moved to the area " + adjustment.area();
            };
            lines.add("- " + adjustment.claimId() + " \"" + title + "\": " + what + "; it counts " + points(now)
                    + (was == now ? "" : " instead of " + points(was)) + ". Reason: " + adjustment.reason());
        }
        values.put("reasons", lines.isEmpty() ? "The Board made no adjustments to your claims."
                : "The Board adjusted " + (lines.size() == 1 ? "one claim" : lines.size() + " claims") + ", with its reasons:\n"
                + String.join("\n", lines));
        values.put("adjustedPoints", "With the Board's adjustments your portfolio counts " + points(after.totalPoints())
                + " toward Level " + after.targetLevel() + (after.totalPoints() == before.totalPoints() ? ", as when it arrived."
                : " (" + points(before.totalPoints()) + " when it arrived)."));
        List<String> unmet = after.requirements().stream().filter(r -> !r.met()).map(Messages::shortOf).toList();
        values.put("verdict", unmet.isEmpty() ? "It meets every requirement of Level " + after.targetLevel() + "."
                : "It does not yet meet Level " + after.targetLevel() + ": " + String.join("; ", unmet) + ".");
    }

    private static String shortOf(Requirement requirement) {
        return requirement.name().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + requirement.actual() + " of "
                + requirement.required() + " required";
    }

    private static String points(Integer points) {
        return points + (points != null && points == 1 ? " point" : " points");
    }
}
