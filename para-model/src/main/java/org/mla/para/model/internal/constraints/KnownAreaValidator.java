package org.mla.para.model.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.mla.para.model.constraints.KnownArea;
import org.mla.para.model.constraints.KnownAreas;

public final class KnownAreaValidator implements ConstraintValidator<KnownArea, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        HibernateConstraintValidatorContext hibernate = Messages.hibernate(context);
        KnownAreas known = hibernate.getConstraintValidatorPayload(KnownAreas.class);
        if (value == null || known == null || known.contains(value)) {
            return true;
        }
        hibernate.addMessageParameter("area", value);
        hibernate.addMessageParameter("known", String.join(", ", known.codes()));
        return false;
    }
}
