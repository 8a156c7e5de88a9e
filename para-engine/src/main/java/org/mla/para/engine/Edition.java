package org.mla.para.engine;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A rule edition: the rules of one revision of the Guidelines, in force for portfolios
 * registered on or after {@code effectiveFrom} (until a later edition takes over).
 *
 * @param id            the edition's id, recorded in every assessment it makes
 * @param title         a title for people
 * @param effectiveFrom the first registration date the edition applies to
 * @param areas         the areas of expertise the edition defines, in its order
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Edition(String id, String title, LocalDate effectiveFrom, List<Area> areas) {

    public Edition {
        areas = List.copyOf(areas);
    }

    /** The area codes, in the edition's order. */
    public List<String> areaCodes() {
        return areas.stream().map(Area::code).toList();
    }

    /**
     * An area of expertise.
     *
     * @param code the code portfolios use
     * @param name the name people read
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public record Area(String code, String name) {
    }
}
