package org.mla.para.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.Membership;

class WindowTests {

    private static final Window WINDOW = new Window(LocalDate.of(2021, 2, 20), LocalDate.of(2026, 2, 20));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2021-02-19, false", "2021-02-20, true", "2026-02-20, true", "2026-02-21, false"})
    void bothEndsAreInside(LocalDate date, boolean inside) {
        assertThat(WINDOW.contains(date)).isEqualTo(inside);
    }

    @ParameterizedTest(name = "{0} .. {1}: {2} days")
    @CsvSource({
        "2021-02-20, 2021-02-20, 1",
        "2020-01-01, 2021-02-21, 2",
        "2026-02-19,           , 2",
        "2010-01-01,           , 1827",
        "2010-01-01, 2021-02-19, 0"})
    void spansAreClippedAndCountedWithBothEnds(LocalDate start, LocalDate end, long days) {
        Membership span = new Membership("m1", "MLA", "GENERAL", start, end, List.of(EvidenceKind.MEMBERSHIP_RECORD));

        assertThat(WINDOW.daysOf(span)).isEqualTo(days);
    }

    @Test
    void aWindowStartingAfterItsEndHoldsNothing() {
        Window empty = new Window(LocalDate.of(2026, 2, 21), LocalDate.of(2026, 2, 20));
        Membership span = new Membership("m1", "MLA", "GENERAL", LocalDate.of(2020, 1, 1), null, List.of());

        assertThat(empty.contains(LocalDate.of(2026, 2, 20))).isFalse();
        assertThat(empty.daysOf(span)).isZero();
    }
}
