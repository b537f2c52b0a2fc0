/**
 * Deriving facts, open to catalogs: a {@link dev.psdm.engine.derive.Deriver} makes the facts of one type
 * from the snapshot and the facts it needs; a catalog announces its derivers with a
 * {@link dev.psdm.engine.derive.DeriverProvider} (found by {@link java.util.ServiceLoader}, as rule
 * families' settings are), so a rule's own derived fact lives beside its DRL. The engine plans them
 * (needs first, fused passes over the issues) when it is built.
 *
 * <p>Experimental ({@code @API(status = EXPERIMENTAL)}): the shape may still change in a minor release.
 * Null-marked: a type here is non-null unless it says {@code @Nullable}.
 */
@NullMarked
@API(status = API.Status.EXPERIMENTAL)
package dev.psdm.engine.derive;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
