package org.mla.para.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mla.para.engine.Edition;
import org.mla.para.engine.Explanation;
import org.mla.para.engine.PlainWords;
import org.mla.para.engine.Problem;
import org.mla.para.model.Assessment;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Requirement;
import org.mla.para.model.Source;

/**
 * What the Review Board reads before a meeting: one self-contained HTML file (inline CSS and
 * SVG, nothing fetched) with a summary of every portfolio and, per applicant, the tally sheet
 * a reviewer checks; and the same summary as CSV. It prints a tally sheet per page.
 */
public final class ReviewBoardReport {

    /** One portfolio file: assessed (and its notes explained), or refused with its problems. */
    public record Entry(Path file, Portfolio portfolio, Explanation explanation, Edition edition, List<Problem> problems) {

        public static Entry assessed(Path file, Portfolio portfolio, Explanation explanation, Edition edition) {
            return new Entry(file, portfolio, explanation, edition, List.of());
        }

        public static Entry refused(Path file, List<Problem> problems) {
            return new Entry(file, null, null, null, List.copyOf(problems));
        }

        boolean valid() {
            return explanation != null;
        }

        Assessment assessment() {
            return explanation.assessment();
        }
    }

    static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d2430; line-height: 1.4; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.5rem; border-top: 1px solid #ccd; padding-top: 1rem; }
            h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
            table { border-collapse: collapse; width: 100%; margin: .75rem 0; font-size: .92rem; }
            th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e3e6ec; vertical-align: top; }
            th { background: #f3f5f8; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            .yes { color: #176b2c; font-weight: 600; } .no { color: #a3261b; font-weight: 600; }
            .note { display: block; } .muted { color: #555; }
            table.claims td:nth-child(9) { min-width: 12rem; }
            .charts { display: flex; flex-wrap: wrap; gap: 2rem; } figure { margin: 0; } figcaption { font-size: .85rem; color: #555; }
            ul.problems { color: #a3261b; }
            .adjusted { border-left: 4px solid #2f5f96; padding-left: 1rem; }
            @media print {
              @page { margin: 1.5cm; }
              body { margin: 0; max-width: none; font-size: 10pt; color: #000; }
              a { color: #000; text-decoration: none; }
              section.applicant, section.invalid { break-before: page; }
              h2 { border-top: 0; margin-top: 0; padding-top: 0; }
              table { font-size: 8.5pt; page-break-inside: auto; }
              th, td { padding: .2rem .25rem; overflow-wrap: break-word; }
              table.claims { table-layout: fixed; }
              table.claims td:nth-child(9) { min-width: 0; }
              table.claims th:nth-child(1) { width: 5%; } table.claims th:nth-child(2) { width: 9%; }
              table.claims th:nth-child(3) { width: 17%; } table.claims th:nth-child(4) { width: 10%; }
              table.claims th:nth-child(5) { width: 6%; } table.claims th:nth-child(6) { width: 7%; }
              table.claims th:nth-child(7) { width: 14%; } table.claims th:nth-child(8) { width: 14%; }
              table.claims th:nth-child(9) { width: 18%; }
              thead { display: table-header-group; }
              tr, figure, .charts { break-inside: avoid; page-break-inside: avoid; }
              th { background: none; border-bottom: 2px solid #000; }
              td { border-bottom: 1px solid #999; }
              .yes, .no, ul.problems, .muted, figcaption { color: #000; }
              .no { text-decoration: underline; }
              svg rect { fill: #888; }
            }
            """;

    private ReviewBoardReport() {
    }

    public static String html(List<Entry> entries, LocalDate generatedOn) {
        StringBuilder html = new StringBuilder(head("PARA Review Board report"));
        html.append("<h1>PARA Review Board report</h1>\n<p>").append(entries.size()).append(" portfolios, generated ")
                .append(generatedOn).append(".</p>\n");
        html.append("<table id=\"summary\">\n<thead><tr><th>Applicant</th><th>File</th><th class=\"n\">Level</th>")
                .append("<th class=\"n\">Total points</th><th>Verdict</th></tr></thead>\n<tbody>\n");
        for (Entry entry : entries) {
            html.append("<tr><td>");
            if (entry.valid()) {
                html.append("<a href=\"#").append(anchor(entry)).append("\">").append(escape(entry.portfolio().applicant().name()))
                        .append("</a> (").append(escape(entry.assessment().applicantId())).append(")</td><td>")
                        .append(escape(entry.file().getFileName().toString())).append("</td><td class=\"n\">")
                        .append(entry.assessment().targetLevel()).append("</td><td class=\"n\">")
                        .append(entry.assessment().totalPoints()).append("</td><td>").append(verdict(entry.assessment()));
            } else {
                html.append("<a href=\"#").append(anchor(entry)).append("\">(invalid portfolio)</a></td><td>")
                        .append(escape(entry.file().getFileName().toString()))
                        .append("</td><td class=\"n\"></td><td class=\"n\"></td><td><span class=\"no\">Invalid:</span> ")
                        .append(entry.problems().size()).append(" problems to fix");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        for (Entry entry : entries) {
            if (entry.valid()) {
                html.append("<section id=\"").append(anchor(entry)).append("\" class=\"applicant\">\n<h2>")
                        .append(escape(entry.portfolio().applicant().name())).append(" (").append(escape(entry.assessment().applicantId()))
                        .append("), Level ").append(entry.assessment().targetLevel()).append("</h2>\n")
                        .append(tallySheet(entry.portfolio(), entry.explanation(), entry.edition()))
                        .append("</section>\n");
            } else {
                html.append(problems(entry));
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n";
    }

    public static String csv(List<Entry> entries) {
        StringBuilder csv = new StringBuilder("file,applicantId,name,targetLevel,totalPoints,eligible,shortfalls\n");
        for (Entry entry : entries) {
            if (entry.valid()) {
                Assessment a = entry.assessment();
                csv.append(String.join(",", cell(entry.file().getFileName().toString()), cell(a.applicantId()),
                        cell(entry.portfolio().applicant().name()), String.valueOf(a.targetLevel()), String.valueOf(a.totalPoints()),
                        String.valueOf(a.eligible()), cell(a.requirements().stream().filter(r -> !r.met())
                                .map(r -> r.name() + " " + r.actual() + " of " + r.required()).collect(Collectors.joining(", ")))))
                        .append('\n');
            } else {
                csv.append(String.join(",", cell(entry.file().getFileName().toString()), "", "", "", "", "",
                        cell("invalid: " + entry.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")))))
                        .append('\n');
            }
        }
        return csv.toString();
    }

    /**
     * The tally sheet of one assessment: the verdict, each claim with its evidence, points, rule,
     * areas and notes (each saying what it refers to), the points by source with what counted
     * toward the total, the requirements, and two bar charts.
     */
    static String tallySheet(Portfolio portfolio, Explanation explanation, Edition edition) {
        Assessment a = explanation.assessment();
        StringBuilder html = new StringBuilder();
        html.append("<p>Assessed as of ").append(a.asOf()).append(" under rule edition “").append(escape(a.edition()))
                .append("”. ").append(verdict(a)).append("</p>\n");
        html.append("<table class=\"claims\">\n<thead><tr><th>Claim</th><th>Type</th><th>Title</th><th>Evidence</th>")
                .append("<th class=\"n\">Points</th><th class=\"n\">Pending</th><th>Rule</th><th>Areas</th><th>Notes</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < a.claims().size(); i++) {
            ClaimAssessment claim = a.claims().get(i);
            Claim input = portfolio.claims().get(i);
            List<Explanation.Reason> reasons = explanation.reasons(claim.id());
            String notes = reasons.isEmpty()
                    ? claim.notes().stream().map(n -> "<span class=\"note\">" + n.name() + "</span>").collect(Collectors.joining())
                    : reasons.stream().map(r -> "<span class=\"note\">" + escape(r.reference()) + "</span>").collect(Collectors.joining());
            html.append("<tr><td>").append(escape(claim.id())).append("</td><td>").append(PlainWords.claimType(input.type()))
                    .append("</td><td>").append(escape(input.title())).append("</td><td>")
                    .append(input.evidence().stream().map(PlainWords::evidence).collect(Collectors.joining(", ")))
                    .append("</td><td class=\"n\">").append(claim.points()).append("</td><td class=\"n\">").append(claim.pendingPoints())
                    .append("</td><td>").append(escape(claim.rule())).append("</td><td>").append(escape(areas(claim.areas(), edition)))
                    .append("</td><td>").append(notes).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        html.append("<p class=\"sources\">Points by source: ");
        List<String> sources = new java.util.ArrayList<>();
        for (Source source : Source.values()) {
            String counted = source == Source.EXPERIENCE ? PlainWords.experienceCounted(a) : "";
            sources.add(PlainWords.source(source) + " " + a.pointsFrom(source) + (counted.isEmpty() ? "" : " " + counted));
        }
        html.append(escape(String.join(", ", sources))).append(". Total ").append(a.totalPoints()).append(".</p>\n");
        html.append("<table class=\"requirements\">\n<thead><tr><th>Requirement</th><th class=\"n\">Required</th>")
                .append("<th class=\"n\">Actual</th><th>Met</th></tr></thead>\n<tbody>\n");
        for (Requirement r : a.requirements()) {
            html.append("<tr><td>").append(PlainWords.requirement(r.name())).append("</td><td class=\"n\">").append(r.required())
                    .append("</td><td class=\"n\">").append(r.actual()).append("</td><td class=\"")
                    .append(r.met() ? "yes\">yes" : "no\">no").append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<div class=\"charts\">\n");
        Map<String, Integer> bySource = new LinkedHashMap<>();
        for (Source source : Source.values()) {
            bySource.put(PlainWords.source(source), a.pointsFrom(source));
        }
        Map<String, Integer> byArea = new LinkedHashMap<>();
        a.areaPoints().forEach((area, points) -> byArea.put(edition == null ? area : PlainWords.area(edition, area), points));
        html.append(BarChart.svg("Points by source", bySource)).append(BarChart.svg("Points by area", byArea));
        return html.append("</div>\n").toString();
    }

    private static String problems(Entry entry) {
        StringBuilder html = new StringBuilder("<section id=\"").append(anchor(entry)).append("\" class=\"invalid\">\n<h2>")
                .append(escape(entry.file().getFileName().toString())).append(": invalid portfolio</h2>\n<ul class=\"problems\">\n");
        entry.problems().forEach(p -> html.append("<li>").append(escape(p.toString())).append("</li>\n"));
        return html.append("</ul>\n</section>\n").toString();
    }

    static String verdict(Assessment a) {
        return a.eligible() ? "<span class=\"yes\">Eligible</span>" : "<span class=\"no\">Not eligible:</span> " + escape(shortfalls(a));
    }

    static String shortfalls(Assessment a) {
        return a.requirements().stream().filter(r -> !r.met()).map(PlainWords::status).collect(Collectors.joining("; "));
    }

    private static String areas(Map<String, Integer> areas, Edition edition) {
        return areas.entrySet().stream().map(e -> (edition == null ? e.getKey() : PlainWords.area(edition, e.getKey())) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String anchor(Entry entry) {
        return "p-" + entry.file().getFileName().toString().replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /**
     * A quoted CSV cell. A value a spreadsheet would take as a formula (it begins with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with
     * a single quote, as OWASP's CSV injection guidance says, so it shows as text.
     */
    static String cell(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
