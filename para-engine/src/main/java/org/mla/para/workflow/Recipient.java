package org.mla.para.workflow;

import org.apiguardian.api.API;

/**
 * A line of MLA's public list of PARA recipients.
 *
 * @param name  the recipient's name
 * @param level the level certified
 * @param year  the year the certificate was issued
 */
@API(status = API.Status.STABLE, since = "0.2")
public record Recipient(String name, int level, int year) {
}
