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
import org.mla.para.model.internal.constraints.AreaSplitValidator;

/**
 * A split of points over areas ({@link org.mla.para.model.AreaShare}s) must name each area once
 * and its percentages must add up to 100. {@code null} is valid.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Documented
@Constraint(validatedBy = AreaSplitValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AreaSplit {

    String message() default "{org.mla.para.model.constraints.AreaSplit.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
