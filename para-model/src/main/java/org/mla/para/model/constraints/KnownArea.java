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
import org.mla.para.model.internal.constraints.KnownAreaValidator;

/**
 * The annotated area code must be one of the areas the rule edition defines. The edition's
 * areas reach the validator as a {@link KnownAreas} constraint validator payload; without a
 * payload every code is accepted. {@code null} is valid.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Documented
@Constraint(validatedBy = KnownAreaValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface KnownArea {

    String message() default "{org.mla.para.model.constraints.KnownArea.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
