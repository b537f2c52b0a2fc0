/**
 * Not API: the evidence the bundled milestone rule reports from its DRL
 * ({@link dev.psdm.rules.catalog.milestones.MilestoneEvidence}), kept beside that rule. Public only because DRL calls
 * it from another package; it changes with the rules, in any release. Marked {@code @API(status = INTERNAL)}
 * (apiguardian) for tools that read it.
 */
@API(status = API.Status.INTERNAL)
package dev.psdm.rules.catalog.milestones;

import org.apiguardian.api.API;
