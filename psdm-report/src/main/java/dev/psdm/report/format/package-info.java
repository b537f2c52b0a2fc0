/**
 * Writers that render a {@link dev.psdm.report.Report} in one output format
 * ({@link dev.psdm.report.format.ReportFormat}). Stateless and thread-safe.
 */
package dev.psdm.report.format;
