/**
 * The fact model of a GitLab collaboration project: immutable records for what psdm-check reads
 * from GitLab, and {@link dev.psdm.model.Snapshot}, their container with a schema version.
 *
 * <p>This package knows neither Drools nor gitlab4j; {@link dev.psdm.model.json.SnapshotJson}
 * reads and writes the snapshot file format ({@code psdm-snapshot/1}).
 *
 * <p>Null-marked: a type here is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.psdm.model;

import org.jspecify.annotations.NullMarked;
