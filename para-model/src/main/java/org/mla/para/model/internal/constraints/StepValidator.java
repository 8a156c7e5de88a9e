package org.mla.para.model.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.mla.para.model.constraints.Step;

public final class StepValidator implements ConstraintValidator<Step, Number> {

    private BigDecimal step;

    @Override
    public void initialize(Step annotation) {
        step = new BigDecimal(annotation.value());
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        BigDecimal decimal = Messages.decimal(value);
        // remainder() on a huge exponent would compute millions of digits: such a value is no multiple worth checking.
        boolean computable = Math.abs(decimal.stripTrailingZeros().scale()) <= Short.MAX_VALUE;
        if (computable && decimal.remainder(step).signum() == 0) {
            return true;
        }
        Messages.hibernate(context).addMessageParameter("was", Messages.plain(value));
        return false;
    }
}
