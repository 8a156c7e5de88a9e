package org.mla.para.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.mla.para.workflow.HistoricalCertificate;
import org.mla.para.workflow.WorkflowException;

/**
 * MLA's historical recipients list as CSV: a header line {@code name,applicant_id,level,year_or_date,source},
 * then one certificate a line. Quoted fields ("Lee, Ann") may hold commas; {@code ""} is a quote.
 */
final class RecipientsCsv {

    static final List<String> HEADER = List.of("name", "applicant_id", "level", "year_or_date", "source");

    private RecipientsCsv() {
    }

    /**
     * The certificates of {@code text}, or every problem, each as {@code FILE:LINE: field: message}.
     *
     * @throws WorkflowException with every problem; nothing is read in part
     */
    static List<HistoricalCertificate> read(String text, String file) {
        List<String> lines = text.replace("\r\n", "\n").replace("\uFEFF", "").lines().toList();
        List<String> problems = new ArrayList<>();
        List<HistoricalCertificate> certificates = new ArrayList<>();
        if (lines.isEmpty() || !fields(lines.get(0)).stream().map(String::strip).toList().equals(HEADER)) {
            throw new WorkflowException(file + ":1: the first line must be the header " + String.join(",", HEADER));
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            List<String> fields = fields(line).stream().map(String::strip).toList();
            if (fields.size() != HEADER.size()) {
                problems.add(where + "has " + fields.size() + " fields; " + HEADER.size() + " are expected ("
                        + String.join(",", HEADER) + "); quote a value that holds a comma");
                continue;
            }
            int before = problems.size();
            if (fields.get(0).isEmpty()) {
                problems.add(where + "name: is required");
            }
            if (fields.get(1).isEmpty()) {
                problems.add(where + "applicant_id: is required (the applicant's id in MLA's records)");
            }
            int level = 0;
            if (!fields.get(2).matches("[1-4]")) {
                problems.add(where + "level: must be 1, 2, 3 or 4 (was \"" + fields.get(2) + "\")");
            } else {
                level = Integer.parseInt(fields.get(2));
            }
            Integer year = null;
            LocalDate day = null;
            String when = fields.get(3);
            try {
                if (when.matches("\\d{4}")) {
                    year = Integer.parseInt(when);
                } else if (when.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    day = LocalDate.parse(when);
                    year = day.getYear();
                } else {
                    throw new DateTimeParseException("", when, 0);
                }
            } catch (DateTimeParseException e) {
                problems.add(where + "year_or_date: must be a year (2009) or a date (2009-05-14) (was \"" + when + "\")");
            }
            if (fields.get(4).isEmpty()) {
                problems.add(where + "source: is required (where the line comes from, such as \"MLA recipients list 2012\")");
            }
            if (problems.size() == before) {
                certificates.add(new HistoricalCertificate(fields.get(1), fields.get(0), level, year, day, fields.get(4)));
            }
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException("nothing imported:\n  " + String.join("\n  ", problems));
        }
        return certificates;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
