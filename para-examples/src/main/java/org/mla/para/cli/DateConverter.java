package org.mla.para.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code yyyy-MM-dd}, with a message that says so. */
final class DateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new TypeConversionException("'" + value + "' is not a date as yyyy-MM-dd");
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date as yyyy-MM-dd");
        }
    }
}
