/**
 * The snapshot file format ({@code psdm-snapshot/1}): {@link dev.psdm.model.json.SnapshotJson} reads and
 * writes it; a file it cannot read is a {@link dev.psdm.model.json.SnapshotFormatException} naming the JSON path.
 *
 * <p>Null-marked: a type here is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.psdm.model.json;

import org.jspecify.annotations.NullMarked;
