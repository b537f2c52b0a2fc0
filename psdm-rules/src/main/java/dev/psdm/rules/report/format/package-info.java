/**
 * Writers that render a {@link dev.psdm.rules.report.Report} in one output format
 * ({@link dev.psdm.rules.report.format.ReportFormat}). Stateless and thread-safe.
 */
package dev.psdm.rules.report.format;
