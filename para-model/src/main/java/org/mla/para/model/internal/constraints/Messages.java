package org.mla.para.model.internal.constraints;

import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Small helpers shared by the validators: message parameters and value formatting. */
final class Messages {

    private Messages() {
    }

    static HibernateConstraintValidatorContext hibernate(ConstraintValidatorContext context) {
        return context.unwrap(HibernateConstraintValidatorContext.class);
    }

    /** A number as a person wrote it: {@code 1.3}, {@code 12}, never {@code 1.2E+1}. */
    static String plain(Number value) {
        if (!(value instanceof BigDecimal decimal)) {
            return value.toString();
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        // A huge exponent written out in full would be a string of millions of digits.
        return Math.abs(stripped.scale()) <= Short.MAX_VALUE ? stripped.toPlainString() : stripped.toString();
    }

    static BigDecimal decimal(Number value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
