package org.mla.para.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.mla.para.model.internal.constraints.BetweenValidator;

/**
 * The annotated number must lie between {@link #min()} and {@link #max()}, both included.
 * Works for whole and decimal numbers, compared exactly. {@code null} is valid.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Documented
@Constraint(validatedBy = BetweenValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Between {
    /** The smallest allowed value, as a decimal string. */
    String min();

    /** The largest allowed value, as a decimal string. */
    String max();

    String message() default "{org.mla.para.model.constraints.Between.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
