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
}
