/**
 * How report JSON is written: the report's own mapper ({@link dev.psdm.report.json.ReportJson}) and the
 * byte-stable writer every JSON format uses ({@link dev.psdm.report.json.JsonOutput}).
 *
 * <p>Null-marked: a type here is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.psdm.report.json;

import org.jspecify.annotations.NullMarked;
