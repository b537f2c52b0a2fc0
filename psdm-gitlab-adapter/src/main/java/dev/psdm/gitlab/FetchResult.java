package dev.psdm.gitlab;

import dev.psdm.model.Snapshot;

/** A snapshot read from GitLab, and what reading it cost. */
public record FetchResult(Snapshot snapshot, FetchStats stats) {
}
