package org.mla.para.report;

import java.time.LocalDate;
import java.util.List;
import org.mla.para.engine.Edition;
import org.mla.para.engine.Explanation;
import org.mla.para.engine.PlainWords;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Portfolio;
import org.mla.para.workflow.Application;
import org.mla.para.workflow.Change;

/**
 * The Review Board's packet for one meeting, from the application database: every application
 * on the meeting's agenda with its id, state and submission date, the tally sheet of the
 * assessment stored at submission and, once decided, the decision with the reviewers'
 * adjustments and their reasons and the tally sheet of the adjusted assessment.
 */
public final class MeetingReport {

    /**
     * One application on the agenda.
     *
     * @param application the application as its history makes it
     * @param portfolio   the portfolio submitted
     * @param submitted   the assessment stored at submission, explained
     * @param decided     the adjusted assessment stored with the decision, explained; null before a decision
     * @param edition     the edition that assessed it, for area names
     * @param differs     whether today's rules assess the submission otherwise than the stored assessment
     *                    (the stored one is shown, its notes without references)
     */
    public record Item(Application application, Portfolio portfolio, Explanation submitted, Explanation decided, Edition edition,
            boolean differs) {
    }

    private MeetingReport() {
    }

    public static String html(LocalDate meeting, List<Item> items, LocalDate generatedOn) {
        String title = "PARA Review Board packet: meeting of " + meeting;
        StringBuilder html = new StringBuilder(ReviewBoardReport.head(title));
        html.append("<h1>").append(ReviewBoardReport.escape(title)).append("</h1>\n<p>").append(items.size())
                .append(items.size() == 1 ? " application" : " applications").append(" on the agenda, generated ")
                .append(generatedOn).append(" from the application database.</p>\n");
        if (items.isEmpty()) {
            return html.append("<p>No application is scheduled for this meeting.</p>\n</body>\n</html>\n").toString();
        }
        html.append("<table id=\"summary\">\n<thead><tr><th>Application</th><th>Applicant</th><th class=\"n\">Level</th>")
                .append("<th>State</th><th>Submitted</th><th class=\"n\">Total points</th><th>Verdict at submission</th>")
                .append("<th>Decision</th></tr></thead>\n<tbody>\n");
        for (Item item : items) {
            Application application = item.application();
            var submitted = item.submitted().assessment();
            html.append("<tr><td><a href=\"#").append(anchor(application)).append("\">").append(ReviewBoardReport.escape(application.id()))
                    .append("</a></td><td>").append(ReviewBoardReport.escape(application.registration().name())).append(" (")
                    .append(ReviewBoardReport.escape(application.registration().applicantId())).append(")</td><td class=\"n\">")
                    .append(submitted.targetLevel()).append("</td><td>").append(application.state()).append("</td><td>")
                    .append(application.submission().submittedOn()).append("</td><td class=\"n\">").append(submitted.totalPoints())
                    .append("</td><td>").append(ReviewBoardReport.verdict(submitted)).append("</td><td>");
            if (item.decided() == null) {
                html.append("not yet decided");
            } else {
                Change.Decided decision = application.decision();
                html.append(decision.outcome()).append(", ").append(item.decided().assessment().totalPoints())
                        .append(" points after ").append(decision.adjustments().size())
                        .append(decision.adjustments().size() == 1 ? " adjustment" : " adjustments");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        for (Item item : items) {
            html.append(section(item));
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String section(Item item) {
        Application application = item.application();
        StringBuilder html = new StringBuilder("<section id=\"").append(anchor(application)).append("\" class=\"applicant\">\n<h2>")
                .append(ReviewBoardReport.escape(application.id())).append(": ")
                .append(ReviewBoardReport.escape(application.registration().name())).append(" (")
                .append(ReviewBoardReport.escape(application.registration().applicantId())).append("), Level ")
                .append(item.submitted().assessment().targetLevel()).append("</h2>\n<p>State ").append(application.state())
                .append("; submitted ").append(application.submission().submittedOn());
        if (application.scheduled() != null) {
            html.append("; on the agenda of ").append(application.scheduled().meeting());
            if (application.scheduled().decisionDueOn() != null) {
                html.append(", decision due ").append(application.scheduled().decisionDueOn());
            }
        }
        html.append(".</p>\n<h3>As submitted</h3>\n");
        if (item.differs()) {
            html.append("<p class=\"muted\">The rules in use today assess this portfolio differently; the assessment stored at "
                    + "submission is shown.</p>\n");
        }
        html.append(ReviewBoardReport.tallySheet(item.portfolio(), item.submitted(), item.edition()));
        if (item.decided() != null) {
            Change.Decided decision = application.decision();
            html.append("<div class=\"adjusted\">\n<h3>Decision: ").append(decision.outcome()).append(", ").append(decision.decidedOn())
                    .append("</h3>\n");
            if (decision.comment() != null && !decision.comment().isBlank()) {
                html.append("<p>").append(ReviewBoardReport.escape(decision.comment())).append("</p>\n");
            }
            if (decision.adjustments().isEmpty()) {
                html.append("<p>No claim was adjusted.</p>\n");
            } else {
                html.append("<table class=\"adjustments\">\n<thead><tr><th>Claim</th><th>Adjustment</th><th>Reason</th>")
                        .append("<th>Reviewer</th></tr></thead>\n<tbody>\n");
                for (Adjustment adjustment : decision.adjustments()) {
                    html.append("<tr><td>").append(ReviewBoardReport.escape(adjustment.claimId())).append("</td><td>")
                            .append(ReviewBoardReport.escape(describe(adjustment, item.edition()))).append("</td><td>")
                            .append(ReviewBoardReport.escape(adjustment.reason())).append("</td><td>")
                            .append(ReviewBoardReport.escape(adjustment.reviewer())).append("</td></tr>\n");
                }
                html.append("</tbody>\n</table>\n");
            }
            html.append("<h3>As adjusted</h3>\n").append(ReviewBoardReport.tallySheet(item.portfolio(), item.decided(), item.edition()))
                    .append("</div>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String describe(Adjustment adjustment, Edition edition) {
        return switch (adjustment.action()) {
            case DISALLOW -> "disallowed";
            case SET_POINTS -> "points set to " + adjustment.points();
            case MOVE_AREA -> "moved to " + (edition == null ? adjustment.area() : PlainWords.area(edition, adjustment.area()));
        };
    }

    private static String anchor(Application application) {
        return "a-" + application.id().replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
