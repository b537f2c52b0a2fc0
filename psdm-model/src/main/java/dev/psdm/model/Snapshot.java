package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything psdm-check knows about one collaboration project at one instant.
 * Serialized as the {@code psdm-snapshot/1} JSON format (see {@code dev/psdm/model/psdm-snapshot-1.schema.json}).
 */
@JsonPropertyOrder({"schema", "source", "fetchedAt", "project", "group", "iterations", "milestones",
        "labels", "issues", "epics", "boards", "wikiPages", "gaps", "notices"})
public record Snapshot(String schema, @Nullable Source source, Instant fetchedAt, Project project, @Nullable Group group,
                       List<Iteration> iterations, List<Milestone> milestones, List<Label> labels,
                       List<Issue> issues, List<Epic> epics, List<Board> boards, List<WikiPage> wikiPages,
                       List<DataGap> gaps, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SnapshotNotice> notices) {

    /** The only schema version this library reads and writes. */
    public static final String SCHEMA = "psdm-snapshot/1";

    @JsonCreator
    public Snapshot {
        if (schema == null) {
            throw new UnsupportedSchemaException("missing \"schema\": expected \"" + SCHEMA + "\"");
        }
        if (!SCHEMA.equals(schema)) {
            throw new UnsupportedSchemaException("unsupported snapshot schema \"" + schema
                    + "\": this version of psdm-check reads \"" + SCHEMA + "\"");
        }
        Lists.required(fetchedAt, "fetchedAt");
        Lists.required(project, "project");
        iterations = Lists.copyOf(iterations, "iterations");
        milestones = Lists.copyOf(milestones, "milestones");
        labels = Lists.copyOf(labels, "labels");
        issues = Lists.copyOf(issues, "issues");
        epics = Lists.copyOf(epics, "epics");
        boards = Lists.copyOf(boards, "boards");
        wikiPages = Lists.copyOf(wikiPages, "wikiPages");
        gaps = Lists.copyOf(gaps, "gaps");
        notices = Lists.copyOf(notices, "notices");
    }

    /** The form before notices were recorded; a snapshot made with it has none. */
    public Snapshot(String schema, Source source, Instant fetchedAt, Project project, Group group,
                    List<Iteration> iterations, List<Milestone> milestones, List<Label> labels,
                    List<Issue> issues, List<Epic> epics, List<Board> boards, List<WikiPage> wikiPages,
                    List<DataGap> gaps) {
        this(schema, source, fetchedAt, project, group, iterations, milestones, labels, issues, epics, boards,
                wikiPages, gaps, List.of());
    }

    /** The gap recorded for a resource ({@link DataGap#EPICS}, ...), if any. */
    public Optional<DataGap> gap(String resource) {
        return gaps.stream().filter(g -> g.resource().equals(resource)).findFirst();
    }

    /** The notices recorded for a resource, in the order the fetch made them. */
    public List<SnapshotNotice> notices(String resource) {
        return notices.stream().filter(n -> n.resource().equals(resource)).toList();
    }

    /** Starts a builder for a snapshot of the given project fetched at the given instant. */
    public static SnapshotBuilder builder(Project project, Instant fetchedAt) {
        return new SnapshotBuilder(project, fetchedAt);
    }
}
