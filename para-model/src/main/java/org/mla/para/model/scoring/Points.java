package org.mla.para.model.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apiguardian.api.API;

/** Exact point arithmetic for rule consequences: decimals in, whole points out, rounded down. */
@API(status = API.Status.STABLE, since = "0.1")
public final class Points {

    private Points() {
    }

    /** {@code quantity} units at {@code pointsPerUnit} each, rounded down: 1.5 hours at 5 gives 7. */
    public static long times(BigDecimal quantity, int pointsPerUnit) {
        return quantity.multiply(BigDecimal.valueOf(pointsPerUnit)).setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
