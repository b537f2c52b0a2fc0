/**
 * Not API: the Java evidence helper the bundled Iteration 0 rules call from their DRL
 * ({@link dev.psdm.rules.catalog.iteration0.IterationZeroEvidence}), kept beside those rules. Public only
 * because DRL calls it from another package; it changes with the rules, in any release.
 */
@API(status = API.Status.INTERNAL)
package dev.psdm.rules.catalog.iteration0;

import org.apiguardian.api.API;
