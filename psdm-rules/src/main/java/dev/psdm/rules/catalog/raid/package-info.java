/**
 * Not API: the evidence the bundled RAID rules report from their DRL ({@link dev.psdm.rules.catalog.raid.RaidEvidence}),
 * kept beside those rules. Public only because DRL calls it from another package; it changes with the rules, in
 * any release. Marked {@code @API(status = INTERNAL)} (apiguardian) for tools that read it.
 */
@API(status = API.Status.INTERNAL)
package dev.psdm.rules.catalog.raid;

import org.apiguardian.api.API;
