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
import org.mla.para.model.internal.constraints.NotAfterAssessmentDateValidator;

/**
 * The annotated date must not lie after the assessment date. The assessment date is the
 * validator's {@link jakarta.validation.ClockProvider} date: the engine validates with a clock
 * fixed at the assessment date. {@code null} is valid.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Documented
@Constraint(validatedBy = NotAfterAssessmentDateValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NotAfterAssessmentDate {

    String message() default "{org.mla.para.model.constraints.NotAfterAssessmentDate.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
