package org.mla.para.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The application fee as MLA recorded it.
 *
 * @param amount    the amount paid
 * @param paidOn    the day it was paid
 * @param reference a check number or payment id; optional
 */
@API(status = API.Status.STABLE, since = "0.2")
public record FeePayment(BigDecimal amount, LocalDate paidOn, String reference) {

    private static final java.util.regex.Pattern MONEY = java.util.regex.Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");

    /**
     * Reads an amount of money as people write it: digits with at most two decimals
     * ({@code 25}, {@code 25.00}); {@code null} for anything else (a sign, an exponent such as
     * {@code 1e9}, three decimals, more than fifteen digits).
     */
    public static BigDecimal parseAmount(String text) {
        return text != null && MONEY.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    /** Whether {@code amount} is money: not negative, at most two decimals, at most fifteen digits before the point. */
    public static boolean isMoney(BigDecimal amount) {
        return amount != null && amount.signum() >= 0 && amount.scale() <= MONEY_DECIMALS
                && (long) amount.precision() - amount.scale() <= MONEY_DIGITS;
    }

    /** Cents: what money has, not policy (the fee and its maximum are in the workflow policy). */
    private static final int MONEY_DECIMALS = 2;
    /** A sanity bound on digits, against exponents and typing errors; the policy's maximum is the real bound. */
    private static final int MONEY_DIGITS = 15;
}
