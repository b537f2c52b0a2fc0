/**
 * A team's conventions: how psdm-check recognises Iteration 0, ceremony records and RAID items,
 * the thresholds rules compare against ({@link dev.psdm.engine.conventions.Thresholds}, also a fact
 * in every session), per-rule overrides and waivers. {@link dev.psdm.engine.conventions.Conventions#defaults()}
 * follows the handbook.
 *
 * <p>Null-marked: a type here is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.psdm.engine.conventions;

import org.jspecify.annotations.NullMarked;
