package dev.psdm.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Mutable builder for {@link Snapshot}; used by the GitLab loader and by tests. */
public final class SnapshotBuilder {
    private final Project project;
    private final Instant fetchedAt;
    private Source source;
    private Group group;
    private final List<Iteration> iterations = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    private final List<Epic> epics = new ArrayList<>();
    private final List<Board> boards = new ArrayList<>();
    private final List<WikiPage> wikiPages = new ArrayList<>();
    private final List<DataGap> gaps = new ArrayList<>();
    private final List<SnapshotNotice> notices = new ArrayList<>();

    SnapshotBuilder(Project project, Instant fetchedAt) {
        this.project = project;
        this.fetchedAt = fetchedAt;
    }

    public SnapshotBuilder source(@Nullable Source source) {
        this.source = source;
        return this;
    }

    public SnapshotBuilder group(@Nullable Group group) {
        this.group = group;
        return this;
    }

    public SnapshotBuilder iterations(Collection<Iteration> values) {
        iterations.addAll(values);
        return this;
    }

    public SnapshotBuilder milestones(Collection<Milestone> values) {
        milestones.addAll(values);
        return this;
    }

    public SnapshotBuilder labels(Collection<Label> values) {
        labels.addAll(values);
        return this;
    }

    public SnapshotBuilder issues(Collection<Issue> values) {
        issues.addAll(values);
        return this;
    }

    public SnapshotBuilder epics(Collection<Epic> values) {
        epics.addAll(values);
        return this;
    }

    public SnapshotBuilder boards(Collection<Board> values) {
        boards.addAll(values);
        return this;
    }

    public SnapshotBuilder wikiPages(Collection<WikiPage> values) {
        wikiPages.addAll(values);
        return this;
    }

    public SnapshotBuilder gap(String resource, String reason) {
        gaps.add(new DataGap(resource, reason));
        return this;
    }

    /** A gap as it is, its cause ({@link DataGap#isReadFailure()}) included. */
    public SnapshotBuilder gap(DataGap gap) {
        gaps.add(java.util.Objects.requireNonNull(gap, "gap"));
        return this;
    }

    public SnapshotBuilder notice(String resource, String subject, String message) {
        notices.add(new SnapshotNotice(resource, subject, message));
        return this;
    }

    public SnapshotBuilder notices(Collection<SnapshotNotice> values) {
        notices.addAll(values);
        return this;
    }

    public Snapshot build() {
        return new Snapshot(Snapshot.SCHEMA, source, fetchedAt, project, group, iterations, milestones, labels,
                issues, epics, boards, wikiPages, gaps, notices);
    }
}
