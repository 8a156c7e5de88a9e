package org.mla.para.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsTests {

    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({"1.5, 5, 7", "0.6, 50, 30", "0.1, 3, 0", "2.5, 3, 7", "12, 15, 180"})
    void quantitiesTimesRatesAreRoundedDownExactly(String quantity, int rate, long points) {
        assertThat(Points.times(new BigDecimal(quantity), rate)).isEqualTo(points);
    }
}
