package org.mla.para.model;

import java.time.LocalDate;
import org.apiguardian.api.API;

/** A claim that happened on one day (for a conference, its first day). */
@API(status = API.Status.STABLE, since = "0.1")
public interface Dated {

    LocalDate date();
}
