/**
 * Not API: the engine's own machinery (deriving facts from a snapshot). Public only because the
 * engine lives in another package; may change in any release without notice. Rules see the
 * results as the facts in {@link dev.psdm.engine.facts}.
 *
 * <p>Marked {@code @API(status = INTERNAL)} (apiguardian), which tools such as IDEs and API
 * checkers read: code outside psdm-check should not use it.
 */
@API(status = API.Status.INTERNAL)
package dev.psdm.engine.internal;

import org.apiguardian.api.API;
