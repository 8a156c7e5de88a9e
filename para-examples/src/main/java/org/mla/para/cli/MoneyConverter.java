package org.mla.para.cli;

import java.math.BigDecimal;
import org.mla.para.workflow.FeePayment;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an amount of money: digits with at most two decimals, never an exponent. */
final class MoneyConverter implements ITypeConverter<BigDecimal> {

    @Override
    public BigDecimal convert(String value) {
        BigDecimal amount = FeePayment.parseAmount(value);
        if (amount == null) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
            throw new TypeConversionException("'" + shown + "' is not an amount of money: digits with at most two decimals, "
                    + "such as 25.00");
        }
        return amount;
    }
}
