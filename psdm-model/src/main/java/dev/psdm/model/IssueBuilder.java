package dev.psdm.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link Issue} from your own data without its 20-argument constructor:
 * <pre>{@code
 * Issue issue = Issue.builder(12, "Vendor API access", createdAt)
 *         .labels(List.of("RAID::Risk")).dueDate(LocalDate.of(2026, 4, 1)).build();
 * }</pre>
 * Starts as an open plain issue, updated when created, with no labels, assignees, weight, iteration,
 * milestone or epic. Not thread-safe; {@link #build()} checks the issue as the record does.
 */
public final class IssueBuilder {
    private @Nullable Long id;
    private long iid;
    private String title;
    private @Nullable String description;
    private String state = "opened";
    private Instant createdAt;
    private @Nullable Instant updatedAt;
    private @Nullable Instant closedAt;
    private @Nullable LocalDate dueDate;
    private List<String> labels = List.of();
    private List<String> assignees = List.of();
    private @Nullable Integer weight;
    private @Nullable Long iterationId;
    private @Nullable Long milestoneId;
    private @Nullable Long epicIid;
    private boolean confidential;
    private @Nullable String webUrl;
    private String workItemType = Issue.TYPE_ISSUE;
    private @Nullable Long epicId;
    private @Nullable Long epicGroupId;
    private @Nullable String healthStatus;

    IssueBuilder(long iid, String title, Instant createdAt) {
        this.iid = iid;
        this.title = title;
        this.createdAt = createdAt;
    }

    IssueBuilder(Issue issue) {
        this(issue.iid(), issue.title(), issue.createdAt());
        id = issue.id();
        description = issue.description();
        state = issue.state();
        updatedAt = issue.updatedAt();
        closedAt = issue.closedAt();
        dueDate = issue.dueDate();
        labels = issue.labels();
        assignees = issue.assignees();
        weight = issue.weight();
        iterationId = issue.iterationId();
        milestoneId = issue.milestoneId();
        epicIid = issue.epicIid();
        confidential = issue.confidential();
        webUrl = issue.webUrl();
        workItemType = issue.workItemType();
        epicId = issue.epicId();
        epicGroupId = issue.epicGroupId();
        healthStatus = issue.healthStatus();
    }

    public IssueBuilder id(@Nullable Long value) { id = value; return this; }
    public IssueBuilder iid(long value) { iid = value; return this; }
    public IssueBuilder title(String value) { title = value; return this; }
    public IssueBuilder description(@Nullable String value) { description = value; return this; }
    public IssueBuilder createdAt(Instant value) { createdAt = value; return this; }
    /** When GitLab last saw a change; the creation time when never set. */
    public IssueBuilder updatedAt(@Nullable Instant value) { updatedAt = value; return this; }
    public IssueBuilder dueDate(@Nullable LocalDate value) { dueDate = value; return this; }
    public IssueBuilder labels(List<String> value) { labels = value; return this; }
    /** Assignee usernames. */
    public IssueBuilder assignees(List<String> value) { assignees = value; return this; }
    public IssueBuilder weight(@Nullable Integer value) { weight = value; return this; }
    public IssueBuilder iterationId(@Nullable Long value) { iterationId = value; return this; }
    public IssueBuilder milestoneId(@Nullable Long value) { milestoneId = value; return this; }
    /** The issue's epic by its iid in the group (and, when known, GitLab's epic id and the epic's group id). */
    public IssueBuilder epic(@Nullable Long iidInGroup, @Nullable Long epicId, @Nullable Long groupId) {
        epicIid = iidInGroup;
        this.epicId = epicId;
        epicGroupId = groupId;
        return this;
    }
    public IssueBuilder confidential(boolean value) { confidential = value; return this; }
    public IssueBuilder webUrl(@Nullable String value) { webUrl = value; return this; }
    /** GitLab's type in any of its spellings ({@code task}, {@code TEST_CASE}, {@code Test Case}). */
    public IssueBuilder workItemType(String value) { workItemType = value; return this; }

    /** GitLab's health status ({@code on_track}, {@code needs_attention}, {@code at_risk}), or null. */
    public IssueBuilder healthStatus(@Nullable String value) { healthStatus = value; return this; }

    /** Closed at this instant (GitLab's state {@code closed}). */
    public IssueBuilder closed(Instant at) {
        state = "closed";
        closedAt = at;
        return this;
    }

    /** Open again: state {@code opened}, no closing time. */
    public IssueBuilder reopened() {
        state = "opened";
        closedAt = null;
        return this;
    }

    /** The issue. @throws IllegalArgumentException naming a missing required field */
    public Issue build() {
        return new Issue(id, iid, title, description, state, createdAt, updatedAt, closedAt, dueDate, labels, assignees,
                weight, iterationId, milestoneId, epicIid, confidential, webUrl, workItemType, epicId, epicGroupId,
                healthStatus);
    }
}
