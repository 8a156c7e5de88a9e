package org.mla.para.workflow;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mla.para.engine.InvalidPortfolioException;
import org.mla.para.engine.Problem;
import org.mla.para.model.HeldLevel;
import org.mla.para.model.Portfolio;

/**
 * A portfolio's prior levels against PARA's record: the certificates PARA issued and those
 * imported from before it kept records. What the assessment uses are the record's dates.
 */
final class PriorLevels {

    /** A level in the record: its day (or only its year, for an old list that gives no day), and where it comes from. */
    record Recorded(int level, LocalDate awardedOn, int year, String source) {
        String when() {
            return awardedOn == null ? "in " + year : "on " + awardedOn;
        }
    }

    private PriorLevels() {
    }

    /** The applicant's record, by level: PARA's own certificates first, then the imported ones. */
    static Map<Integer, Recorded> of(String applicantId, List<Application> applications,
            List<HistoricalCertificate> historical) {
        Map<Integer, Recorded> record = new TreeMap<>();
        for (Application application : applications) {
            Certificate certificate = application.certificate();
            if (certificate != null && application.registration().applicantId().equals(applicantId)) {
                record.putIfAbsent(certificate.level(), new Recorded(certificate.level(), certificate.issuedOn(),
                        certificate.issuedOn().getYear(), "PARA certificate of application " + application.id()));
            }
        }
        for (HistoricalCertificate imported : historical) {
            if (imported.applicantId().equals(applicantId)) {
                record.putIfAbsent(imported.level(), new Recorded(imported.level(), imported.awardedOn(), imported.year(),
                        "imported: " + imported.source()));
            }
        }
        return record;
    }

    /**
     * The portfolio with its prior levels as the record has them (levels the portfolio leaves
     * out added, with the record's dates), or every mismatch as a problem.
     *
     * @param accepted levels the Board accepted without a record; the portfolio's own date is used for them
     * @throws InvalidPortfolioException naming each level and what the record says
     */
    static Portfolio checked(Portfolio portfolio, String applicantId, Map<Integer, Recorded> record, Set<Integer> accepted,
            LocalDate asOf) {
        List<Problem> problems = new ArrayList<>();
        Map<Integer, LocalDate> held = new TreeMap<>();
        List<HeldLevel> declared = portfolio.heldLevels();
        for (int i = 0; i < declared.size(); i++) {
            HeldLevel level = declared.get(i);
            Recorded recorded = record.get(level.level());
            String path = "heldLevels[" + i + "]";
            if (recorded == null) {
                if (accepted.contains(level.level())) {
                    held.put(level.level(), level.awardedOn());
                } else {
                    problems.add(new Problem(path + ".level", "Level " + level.level() + " is not in PARA's record for applicant "
                            + applicantId + " (" + holdings(record) + "); MLA can import a certificate from before PARA "
                            + "('para recipients import'), or the Review Board can accept the level "
                            + "('para submit ... --accept-unrecorded-level " + level.level() + " --reason ...')"));
                }
            } else if (recorded.awardedOn() != null ? !recorded.awardedOn().equals(level.awardedOn())
                    : recorded.year() != level.awardedOn().getYear()) {
                problems.add(new Problem(path + ".awardedOn", "Level " + level.level() + " was awarded " + recorded.when()
                        + " according to PARA's record (" + recorded.source() + "), not on " + level.awardedOn()
                        + "; correct awardedOn"));
            } else {
                held.put(level.level(), recorded.awardedOn() != null ? recorded.awardedOn() : level.awardedOn());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPortfolioException(problems);
        }
        for (Recorded recorded : record.values()) {
            if (!held.containsKey(recorded.level())) {
                // The record knows only the year: its last day (or today) counts the fewest claims toward both levels.
                LocalDate endOfYear = Year.of(recorded.year()).atMonth(Month.DECEMBER).atEndOfMonth();
                LocalDate day = recorded.awardedOn() != null ? recorded.awardedOn() : endOfYear.isAfter(asOf) ? asOf : endOfYear;
                held.put(recorded.level(), day);
            }
        }
        List<HeldLevel> levels = held.entrySet().stream().map(e -> new HeldLevel(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(HeldLevel::level)).toList();
        return new Portfolio(portfolio.applicant(), portfolio.targetLevel(), portfolio.registeredOn(), portfolio.submittedOn(),
                levels, portfolio.claims());
    }

    private static String holdings(Map<Integer, Recorded> record) {
        return record.isEmpty() ? "the record holds no level for them" : "the record holds " + String.join(", ",
                record.values().stream().map(r -> "Level " + r.level() + " awarded " + r.when()).toList());
    }
}
