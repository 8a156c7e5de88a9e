package org.mla.para.model.constraints;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;

/** Validates beans as the engine does: a clock at the assessment date, the edition's areas as payload. */
final class ValidationSupport {

    static final LocalDate AS_OF = LocalDate.of(2026, 2, 20);
    static final List<String> AREAS = List.of("REFERENCE", "GENERAL");

    private static final HibernateValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
            .buildValidatorFactory().unwrap(HibernateValidatorFactory.class);

    private ValidationSupport() {
    }

    /** Each violation as {@code path: message}, sorted. */
    static List<String> problems(Object bean) {
        Clock clock = Clock.fixed(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        Validator validator = FACTORY.usingContext().clockProvider(() -> clock)
                .constraintValidatorPayload(new KnownAreas(AREAS)).getValidator();
        return validator.validate(bean).stream().map(ValidationSupport::line).sorted().toList();
    }

    private static String line(ConstraintViolation<?> violation) {
        return violation.getPropertyPath() + ": " + violation.getMessage();
    }
}
