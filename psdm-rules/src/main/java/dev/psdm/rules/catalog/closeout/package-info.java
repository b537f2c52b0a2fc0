/**
 * Not API: the Java evidence helper the bundled closeout rule calls from its DRL
 * ({@link dev.psdm.rules.catalog.closeout.CloseoutEvidence}), kept beside that rule. Public only because DRL
 * calls it from another package; it changes with the rule, in any release.
 */
@API(status = API.Status.INTERNAL)
package dev.psdm.rules.catalog.closeout;

import org.apiguardian.api.API;
