package org.mla.para.engine;

import org.apiguardian.api.API;

/** The root of PARA's exceptions: something a caller can report to a person as it is. */
@API(status = API.Status.STABLE, since = "0.1")
public abstract class ParaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected ParaException(String message) {
        super(message);
    }

    protected ParaException(String message, Throwable cause) {
        super(message, cause);
    }
}
