package org.mla.para.model.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.mla.para.model.constraints.Between;

public final class BetweenValidator implements ConstraintValidator<Between, Number> {

    private BigDecimal min;
    private BigDecimal max;

    @Override
    public void initialize(Between annotation) {
        min = new BigDecimal(annotation.min());
        max = new BigDecimal(annotation.max());
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        BigDecimal decimal = Messages.decimal(value);
        if (decimal.compareTo(min) >= 0 && decimal.compareTo(max) <= 0) {
            return true;
        }
        Messages.hibernate(context).addMessageParameter("was", Messages.plain(value));
        return false;
    }
}
