/**
 * Not API: the Java the bundled confidentiality rules call from their DRL ({@link dev.psdm.rules.catalog.confidentiality.ConfidentialityEvidence}) and the fact they match ({@link dev.psdm.rules.catalog.confidentiality.ConfidentialIssues}),
 * kept beside those rules. Public only because DRL calls them from another package; they change with the
 * rules, in any release. Marked {@code @API(status = INTERNAL)} (apiguardian) for tools that read it.
 */
@API(status = API.Status.INTERNAL)
package dev.psdm.rules.catalog.confidentiality;

import org.apiguardian.api.API;
