package org.mla.para.model.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.mla.para.model.SpanClaim;
import org.mla.para.model.constraints.EndNotBeforeStart;

public final class EndNotBeforeStartValidator implements ConstraintValidator<EndNotBeforeStart, SpanClaim> {

    @Override
    public boolean isValid(SpanClaim span, ConstraintValidatorContext context) {
        if (span == null || span.start() == null || span.end() == null || !span.end().isBefore(span.start())) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = Messages.hibernate(context);
        hibernate.disableDefaultConstraintViolation();
        hibernate.addMessageParameter("start", span.start().toString());
        hibernate.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("end").addConstraintViolation();
        return false;
    }
}
