/**
 * Not API: the Java evidence helper the bundled communication-plan rule calls from its DRL
 * ({@link dev.psdm.rules.catalog.communication.CommunicationEvidence}), kept beside that rule. Public only
 * because DRL calls it from another package; it changes with the rule, in any release.
 */
@API(status = API.Status.INTERNAL)
package dev.psdm.rules.catalog.communication;

import org.apiguardian.api.API;
