/**
 * Not API: the Java check the bundled DRI rule calls from its DRL ({@link dev.psdm.rules.catalog.dri.DriChecks}),
 * kept beside that rule. Public only because DRL calls it from another package; it changes with the rule, in
 * any release. Marked {@code @API(status = INTERNAL)} (apiguardian) for tools that read it.
 */
@API(status = API.Status.INTERNAL)
package dev.psdm.rules.catalog.dri;

import org.apiguardian.api.API;
