package org.mla.para.model.constraints;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The area codes of the rule edition a portfolio is validated against, in the edition's order.
 * Passed to Hibernate Validator as the constraint validator payload read by {@link KnownArea}.
 *
 * @param codes the area codes, in the order the edition lists them
 */
@API(status = API.Status.STABLE, since = "0.1")
public record KnownAreas(List<String> codes) {

    public KnownAreas {
        codes = List.copyOf(codes);
    }

    /** Whether {@code code} is one of the edition's areas. */
    public boolean contains(String code) {
        return codes.contains(code);
    }
}
