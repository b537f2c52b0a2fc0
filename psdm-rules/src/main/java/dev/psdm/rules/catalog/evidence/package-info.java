/**
 * Not API: the wording the bundled rules' evidence helpers share (issue 29), so every family names a
 * record, a count and a convention the same way. Public only because the helpers beside each family's DRL
 * live in other packages; it changes with them, in any release.
 */
@API(status = API.Status.INTERNAL)
package dev.psdm.rules.catalog.evidence;

import org.apiguardian.api.API;
