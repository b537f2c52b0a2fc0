/**
 * Reads a {@link dev.psdm.model.Snapshot} from GitLab's REST API: {@link dev.psdm.gitlab.GitLabSnapshotLoader}
 * (paging, retries, request pacing; a sub-resource GitLab refuses becomes a data gap, never a pass).
 *
 * <p>Null-marked: a type here is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.psdm.gitlab;

import org.jspecify.annotations.NullMarked;
