package org.mla.para.model;

import java.time.LocalDate;
import org.apiguardian.api.API;

/** A claim that lasts from {@code start} to {@code end}; a {@code null} end means ongoing. */
@API(status = API.Status.STABLE, since = "0.1")
public interface SpanClaim {

    LocalDate start();

    LocalDate end();
}
