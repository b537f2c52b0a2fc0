package dev.psdm.gitlab.publish;

import java.util.List;

/**
 * What a publish did (or, in a dry run, would do).
 *
 * @param action  {@code created}, {@code updated} or {@code unchanged}
 * @param iid     the compliance issue's iid; null when a dry run would create it
 * @param webUrl  its address, when GitLab gave one
 * @param writes  every write sent (or planned, in a dry run), in order
 */
public record PublishResult(String action, Long iid, String webUrl, List<WriteRequest> writes) {
    public PublishResult {
        writes = List.copyOf(writes);
    }
}
