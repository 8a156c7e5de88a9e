package org.mla.para.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.mla.para.model.internal.constraints.EndNotBeforeStartValidator;

/**
 * A span's end, when it has one, is not before its start. Reported on the {@code end} field.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Documented
@Constraint(validatedBy = EndNotBeforeStartValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface EndNotBeforeStart {

    String message() default "{org.mla.para.model.constraints.EndNotBeforeStart.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
