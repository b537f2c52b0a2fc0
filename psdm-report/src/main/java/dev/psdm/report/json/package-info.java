/**
 * How report JSON is written: the report's own mapper ({@link dev.psdm.report.json.ReportJson}) and the
 * byte-stable writer every JSON format uses ({@link dev.psdm.report.json.JsonOutput}).
 */
package dev.psdm.report.json;
