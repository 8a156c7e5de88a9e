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
import org.mla.para.model.internal.constraints.UniqueLevelsValidator;

/**
 * A list of held levels names each level at most once. Each repetition is reported at its own
 * index.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Documented
@Constraint(validatedBy = UniqueLevelsValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UniqueLevels {

    String message() default "{org.mla.para.model.constraints.UniqueLevels.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
