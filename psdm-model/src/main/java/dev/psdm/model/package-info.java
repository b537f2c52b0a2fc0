/**
 * The fact model of a GitLab collaboration project: immutable records for what psdm-check reads
 * from GitLab, and {@link dev.psdm.model.Snapshot}, their container with a schema version.
 *
 * <p>This package knows neither Drools nor gitlab4j; {@link dev.psdm.model.json.SnapshotJson}
 * reads and writes the snapshot file format ({@code psdm-snapshot/1}).
 */
package dev.psdm.model;
