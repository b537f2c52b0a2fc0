/**
 * Not API, except the classes marked {@code @API(status = EXPERIMENTAL)} (derived facts and settings custom DRL may use): the Java the bundled labels rules call from their DRL (their evidence, {@link dev.psdm.rules.catalog.labels.LabelEvidence}) and the facts they match ({@link dev.psdm.rules.catalog.labels.WorkflowBoard}),
 * kept beside those rules. Public only because DRL calls them from another package; they change with the
 * rules, in any release. Marked {@code @API(status = INTERNAL)} (apiguardian) for tools that read it.
 */
@API(status = API.Status.INTERNAL)
package dev.psdm.rules.catalog.labels;

import org.apiguardian.api.API;
