/**
 * Not API: the engine's own machinery (deriving facts from a snapshot). Public only because the
 * engine lives in another package; may change in any release without notice. Rules see the
 * results as the facts in {@link dev.psdm.engine.facts}.
 */
package dev.psdm.engine.internal;
