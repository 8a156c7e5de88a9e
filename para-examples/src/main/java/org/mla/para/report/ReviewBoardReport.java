package org.mla.para.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * a reviewer checks; and the same summary as CSV.
 */
public final class ReviewBoardReport {

    /** One portfolio file: assessed, or refused with its problems. */
    public record Entry(Path file, Portfolio portfolio, Assessment assessment, List<Problem> problems) {

        public static Entry assessed(Path file, Portfolio portfolio, Assessment assessment) {
            return new Entry(file, portfolio, assessment, List.of());
        }

        public static Entry refused(Path file, List<Problem> problems) {
            return new Entry(file, null, null, List.copyOf(problems));
        }

        boolean valid() {
            return assessment != null;
        }
    }

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; color: #1d2430; line-height: 1.4; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.5rem; border-top: 1px solid #ccd; padding-top: 1rem; }
            table { border-collapse: collapse; width: 100%; margin: .75rem 0; font-size: .92rem; }
            th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e3e6ec; vertical-align: top; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            .yes { color: #176b2c; font-weight: 600; } .no { color: #a3261b; font-weight: 600; }
            .charts { display: flex; flex-wrap: wrap; gap: 2rem; } figure { margin: 0; } figcaption { font-size: .85rem; color: #555; }
            ul.problems { color: #a3261b; }
            """;

    private ReviewBoardReport() {
    }

    public static String html(List<Entry> entries, LocalDate generatedOn) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>PARA Review Board report</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>PARA Review Board report</h1>\n<p>").append(entries.size()).append(" portfolios, generated ")
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
            html.append(entry.valid() ? tallySheet(entry) : problems(entry));
        }
        return html.append("</body>\n</html>\n").toString();
    }

    public static String csv(List<Entry> entries) {
        StringBuilder csv = new StringBuilder("file,applicantId,name,targetLevel,totalPoints,eligible,shortfalls\n");
        for (Entry entry : entries) {
            if (entry.valid()) {
                Assessment a = entry.assessment();
                csv.append(String.join(",", cell(entry.file().getFileName().toString()), cell(a.applicantId()),
                        cell(entry.portfolio().applicant().name()), String.valueOf(a.targetLevel()), String.valueOf(a.totalPoints()),
                        String.valueOf(a.eligible()), cell(shortfalls(a)))).append('\n');
            } else {
                csv.append(String.join(",", cell(entry.file().getFileName().toString()), "", "", "", "", "",
                        cell("invalid: " + entry.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")))))
                        .append('\n');
            }
        }
        return csv.toString();
    }

    private static String tallySheet(Entry entry) {
        Assessment a = entry.assessment();
        StringBuilder html = new StringBuilder();
        html.append("<section id=\"").append(anchor(entry)).append("\" class=\"applicant\">\n<h2>")
                .append(escape(entry.portfolio().applicant().name())).append(" (").append(escape(a.applicantId()))
                .append("), Level ").append(a.targetLevel()).append("</h2>\n<p>Assessed as of ").append(a.asOf())
                .append(" under rule edition “").append(escape(a.edition())).append("”. ").append(verdict(a)).append("</p>\n");
        html.append("<table class=\"claims\">\n<thead><tr><th>Claim</th><th>Type</th><th>Title</th><th>Evidence</th>")
                .append("<th class=\"n\">Points</th><th class=\"n\">Pending</th><th>Rule</th><th>Areas</th><th>Notes</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < a.claims().size(); i++) {
            ClaimAssessment claim = a.claims().get(i);
            Claim input = entry.portfolio().claims().get(i);
            html.append("<tr><td>").append(escape(claim.id())).append("</td><td>").append(input.type()).append("</td><td>")
                    .append(escape(input.title())).append("</td><td>")
                    .append(input.evidence().stream().map(Enum::name).collect(Collectors.joining(", ")))
                    .append("</td><td class=\"n\">").append(claim.points()).append("</td><td class=\"n\">").append(claim.pendingPoints())
                    .append("</td><td>").append(escape(claim.rule())).append("</td><td>").append(escape(areas(claim.areas())))
                    .append("</td><td>").append(claim.notes().stream().map(Enum::name).collect(Collectors.joining(", ")))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<table class=\"requirements\">\n<thead><tr><th>Requirement</th><th class=\"n\">Required</th>")
                .append("<th class=\"n\">Actual</th><th>Met</th></tr></thead>\n<tbody>\n");
        for (Requirement r : a.requirements()) {
            html.append("<tr><td>").append(r.name()).append("</td><td class=\"n\">").append(r.required()).append("</td><td class=\"n\">")
                    .append(r.actual()).append("</td><td class=\"").append(r.met() ? "yes\">yes" : "no\">no").append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<div class=\"charts\">\n");
        Map<String, Integer> bySource = new java.util.LinkedHashMap<>();
        for (Source source : Source.values()) {
            bySource.put(source.name(), a.pointsFrom(source));
        }
        html.append(BarChart.svg("Points by source", bySource)).append(BarChart.svg("Points by area", a.areaPoints()));
        return html.append("</div>\n</section>\n").toString();
    }

    private static String problems(Entry entry) {
        StringBuilder html = new StringBuilder("<section id=\"").append(anchor(entry)).append("\" class=\"invalid\">\n<h2>")
                .append(escape(entry.file().getFileName().toString())).append(": invalid portfolio</h2>\n<ul class=\"problems\">\n");
        entry.problems().forEach(p -> html.append("<li>").append(escape(p.toString())).append("</li>\n"));
        return html.append("</ul>\n</section>\n").toString();
    }

    private static String verdict(Assessment a) {
        return a.eligible() ? "<span class=\"yes\">Eligible</span>" : "<span class=\"no\">Not eligible:</span> " + escape(shortfalls(a));
    }

    private static String shortfalls(Assessment a) {
        return a.requirements().stream().filter(r -> !r.met())
                .map(r -> r.name() + " " + r.actual() + " of " + r.required()).collect(Collectors.joining(", "));
    }

    private static String areas(Map<String, Integer> areas) {
        return areas.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
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
