/**
 * Not API: the words the bundled rules' evidence shares ({@link dev.psdm.rules.catalog.evidence.EvidenceText}), so
 * every family names an issue, an iteration and a count the same way. Public only because the families' evidence
 * helpers sit in other packages; it changes with the rules, in any release. Marked {@code @API(status = INTERNAL)}
 * (apiguardian) for tools that read it.
 */
@API(status = API.Status.INTERNAL)
package dev.psdm.rules.catalog.evidence;

import org.apiguardian.api.API;
