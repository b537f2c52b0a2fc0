/**
 * Not API, except the classes marked {@code @API(status = EXPERIMENTAL)} (derived facts and settings custom DRL may use): the Java the bundled weights rules call from their DRL ({@link dev.psdm.rules.catalog.weights.WeightEvidence}) and the facts they match ({@link dev.psdm.rules.catalog.weights.IterationWeights}, {@link dev.psdm.rules.catalog.weights.OpenIssueWeights}),
 * kept beside those rules. Public only because DRL calls them from another package; they change with the
 * rules, in any release. Marked {@code @API(status = INTERNAL)} (apiguardian) for tools that read it.
 */
@API(status = API.Status.INTERNAL)
package dev.psdm.rules.catalog.weights;

import org.apiguardian.api.API;
