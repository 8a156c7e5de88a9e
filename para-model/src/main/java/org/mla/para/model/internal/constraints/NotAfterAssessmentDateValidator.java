package org.mla.para.model.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.mla.para.model.constraints.NotAfterAssessmentDate;

public final class NotAfterAssessmentDateValidator implements ConstraintValidator<NotAfterAssessmentDate, LocalDate> {

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate asOf = LocalDate.now(context.getClockProvider().getClock());
        if (!value.isAfter(asOf)) {
            return true;
        }
        Messages.hibernate(context).addMessageParameter("asOf", asOf.toString());
        return false;
    }
}
