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
import org.mla.para.model.internal.constraints.StepValidator;

/**
 * The annotated number must be a whole multiple of {@link #value()} (for example credits in
 * steps of 0.5). Compared exactly, as decimals. {@code null} is valid.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Documented
@Constraint(validatedBy = StepValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Step {
    /** The step, as a decimal string such as {@code "0.5"}. */
    String value();

    String message() default "{org.mla.para.model.constraints.Step.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
