package org.mla.para.store.jdbc;

import org.apiguardian.api.API;
import org.mla.para.engine.ParaException;

/** The database failed or could not be reached; nothing was half-recorded (every write is one transaction). */
@API(status = API.Status.STABLE, since = "0.2")
public class StoreException extends ParaException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
