/**
 * Derived facts: what psdm-check computes once per evaluation from the snapshot, the conventions
 * and the as-of date (project size, delivery iterations, Iteration 0, ceremony records, RAID items,
 * planned issues, reporting weeks, communication plans), inserted into the rule session beside the
 * snapshot's own records. DRL rules match these; their helper methods ({@code hasCeremony(..)},
 * {@code isStale()}) keep rules short and fast. Immutable, so one set serves every rule.
 *
 * <p>Null-marked: a type here is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.psdm.engine.facts;

import org.jspecify.annotations.NullMarked;
