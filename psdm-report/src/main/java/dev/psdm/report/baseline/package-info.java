/**
 * Baselines ({@code psdm-baseline/1}): the findings a team has accepted as known, so that a check fails
 * only on new ones. {@link dev.psdm.report.baseline.Baseline} compares a report with one;
 * {@link dev.psdm.report.baseline.BaselineFile} reads and writes the file.
 *
 * <p>Null-marked: a type here is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.psdm.report.baseline;

import org.jspecify.annotations.NullMarked;
