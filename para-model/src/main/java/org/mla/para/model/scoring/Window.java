package org.mla.para.model.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.apiguardian.api.API;
import org.mla.para.model.SpanClaim;

/**
 * The days whose activity counts toward the target level, both ends included. A start after
 * the end makes an empty window. The rules decide where it starts.
 *
 * @param start the first day that counts
 * @param end   the last day that counts (the assessment date)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Window(LocalDate start, LocalDate end) {

    /** Whether {@code date} lies inside the window. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * The number of calendar days of {@code span} inside the window, both ends included; an
     * ongoing span runs to the window's end. 0 when they do not meet.
     */
    public long daysOf(SpanClaim span) {
        LocalDate from = span.start().isAfter(start) ? span.start() : start;
        LocalDate spanEnd = span.end() == null ? end : span.end();
        LocalDate to = spanEnd.isBefore(end) ? spanEnd : end;
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }
}
