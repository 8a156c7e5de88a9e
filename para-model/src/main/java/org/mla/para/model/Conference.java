package org.mla.para.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.mla.para.model.constraints.Between;
import org.mla.para.model.constraints.KnownArea;
import org.mla.para.model.constraints.NotAfterAssessmentDate;

/**
 * A conference attended; the date is its first day.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Conference(
        @NotBlank String id,
        @NotBlank String title,
        @NotNull @KnownArea String area,
        @NotNull @NotAfterAssessmentDate LocalDate date,
        @NotNull @Between(min = "1", max = "5") Integer days,
        @NotNull List<@NotNull EvidenceKind> evidence) implements Claim, SingleArea, Dated {

    public Conference {
        evidence = Lists.copyOf(evidence);
    }

    /**
     * A conference with only its id and title, to complete with the {@code with...} methods:
     * {@code Conference.of("c1", "...").with...(...)}. Each returns a new claim; this one is left as it is.
     *
     * @param id    the claim's id, unique in its portfolio
     * @param title what the claim is, as the applicant writes it
     * @return the claim, its other fields not yet given
     */
    public static Conference of(String id, String title) {
        return new Conference(id, title, null, null, null, List.of());
    }

    /**
     * The same conference in another area of expertise.
     *
     * @param area the area code, one of the rule edition's areas
     * @return a new claim
     */
    public Conference withArea(String area) {
        return new Conference(id, title, area, date, days, evidence);
    }

    /**
     * The same conference on another day.
     *
     * @param date its first day
     * @return a new claim
     */
    public Conference withDate(LocalDate date) {
        return new Conference(id, title, area, date, days, evidence);
    }

    /**
     * The same conference with another number of days attended.
     *
     * @param days the days attended
     * @return a new claim
     */
    public Conference withDays(int days) {
        return new Conference(id, title, area, date, days, evidence);
    }

    /**
     * The same conference with this documentation instead of what it had.
     *
     * @param evidence the documentation attached; none for a claim waiting for it
     * @return a new claim
     */
    public Conference withEvidence(EvidenceKind... evidence) {
        return new Conference(id, title, area, date, days, List.of(evidence));
    }

    @Override
    public ClaimType type() {
        return ClaimType.CONFERENCE;
    }
}
