package dev.psdm.gitlab;

import dev.psdm.model.SnapshotNotice;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Maps a resource's records one by one: one record that cannot be used (an undated iteration, a
 * value of the wrong kind) is left out with a notice naming it and why, instead of failing the
 * whole check. The other records of the resource are kept.
 */
final class RecordMapper {
    private final FetchNotices notices;

    RecordMapper(FetchNotices notices) {
        this.notices = notices;
    }

    <M> List<M> map(String resource, List<JsonNode> records, Function<JsonNode, M> mapper) {
        List<M> out = new ArrayList<>(records.size());
        for (JsonNode record : records) {
            try {
                out.add(mapper.apply(record));
            } catch (UnusableRecord | IllegalArgumentException e) {
                // IllegalArgumentException: the snapshot record refused a value (a missing created_at)
                notices.add(resource, GitLabRecords.subject(resource, record), SnapshotNotice.SKIPPED + e.getMessage());
            }
        }
        return out;
    }
}
