/**
 * Writers that render a {@link dev.psdm.report.Report} in one output format
 * ({@link dev.psdm.report.format.ReportFormat}). Stateless and thread-safe.
 *
 * <p>Null-marked: a type here is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.psdm.report.format;

import org.jspecify.annotations.NullMarked;
