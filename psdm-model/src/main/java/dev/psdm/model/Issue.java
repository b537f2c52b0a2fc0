package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An issue of the collaboration project.
 *
 * @param state       GitLab's {@code opened} or {@code closed}
 * @param labels      label names, as GitLab lists them
 * @param assignees   assignee usernames
 * @param weight      null when the issue has no weight
 * @param iterationId id of the issue's iteration, or null
 * @param milestoneId id of the issue's milestone, or null
 * @param epicIid     iid of the issue's epic in its group, or null
 * @param workItemType GitLab's work item type in lower case: {@code issue}, {@code incident},
 *                    {@code test_case}, {@code task}, or a newer type as GitLab names it. Snapshots
 *                    written before the type was kept have none: they read as {@code issue}
 * @param epicId      id of the issue's epic (GitLab's {@code epic.id}), or null when GitLab sent only its iid
 * @param epicGroupId id of the group the issue's epic belongs to ({@code epic.group_id}), or null when unknown
 * @param healthStatus GitLab's health status in lower case ({@code on_track}, {@code needs_attention},
 *                    {@code at_risk}), or null: none set, or not sent (GitLab sends {@code health_status} only
 *                    on Ultimate, doc/api/issues.md "List project issues"). Null means unknown, never "on track"
 */
public record Issue(@Nullable Long id, @JsonProperty(required = true) long iid, String title, @Nullable String description,
                    String state, Instant createdAt, Instant updatedAt, @Nullable Instant closedAt,
                    @Nullable LocalDate dueDate, List<String> labels, List<String> assignees, @Nullable Integer weight,
                    @Nullable Long iterationId, @Nullable Long milestoneId, @Nullable Long epicIid, boolean confidential,
                    @Nullable String webUrl, String workItemType, @Nullable Long epicId, @Nullable Long epicGroupId,
                    @Nullable String healthStatus) {

    /** The type of a plain issue, and of every issue of a snapshot that does not say. */
    public static final String TYPE_ISSUE = "issue";
    public static final String TYPE_INCIDENT = "incident";
    public static final String TYPE_TEST_CASE = "test_case";
    public static final String TYPE_TASK = "task";
    /** GitLab's health statuses that ask for action (doc/user/project/issues/managing_issues.md, "Health status"). */
    public static final String HEALTH_NEEDS_ATTENTION = "needs_attention";
    public static final String HEALTH_AT_RISK = "at_risk";

    @JsonCreator
    public Issue {
        Lists.required(title, "title");
        Lists.required(state, "state");
        // One shared instance per GitLab state: rules ask isOpen() of every issue, several times, and at 100k
        // issues reading 100k copies of "opened" from memory showed up in profiles (docs/PERFORMANCE.md).
        state = "opened".equals(state) ? "opened" : "closed".equals(state) ? "closed" : state;
        Lists.required(createdAt, "createdAt");
        labels = Lists.copyOf(labels, "labels");
        assignees = Lists.copyOf(assignees, "assignees");
        if (updatedAt == null) {
            updatedAt = createdAt;
        }
        workItemType = workItemType(workItemType);
        healthStatus = healthStatus == null || healthStatus.isBlank() ? null
                : healthStatus.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    /** The form before health statuses were kept: health unknown. */
    public Issue(Long id, long iid, String title, String description, String state,
                 Instant createdAt, Instant updatedAt, Instant closedAt, LocalDate dueDate,
                 List<String> labels, List<String> assignees, Integer weight,
                 Long iterationId, Long milestoneId, Long epicIid, boolean confidential, String webUrl,
                 String workItemType, Long epicId, Long epicGroupId) {
        this(id, iid, title, description, state, createdAt, updatedAt, closedAt, dueDate, labels, assignees, weight,
                iterationId, milestoneId, epicIid, confidential, webUrl, workItemType, epicId, epicGroupId, null);
    }

    /** This issue with the given health status (GitLab's spelling, or null for unknown). */
    public Issue withHealthStatus(@Nullable String status) {
        return new Issue(id, iid, title, description, state, createdAt, updatedAt, closedAt, dueDate, labels, assignees,
                weight, iterationId, milestoneId, epicIid, confidential, webUrl, workItemType, epicId, epicGroupId, status);
    }

    /**
     * GitLab says the issue needs attention or is at risk. False also when the health status is unknown
     * (not set, or a tier without it): that is no evidence either way.
     */
    public boolean healthAsksForAction() {
        return HEALTH_AT_RISK.equals(healthStatus) || HEALTH_NEEDS_ATTENTION.equals(healthStatus);
    }

    /** A builder of an open plain issue with these required fields: the way to make issues from your own data. */
    public static IssueBuilder builder(long iid, String title, Instant createdAt) {
        return new IssueBuilder(iid, title, createdAt);
    }

    /** A builder starting from this issue: {@code issue.toBuilder().closed(at).build()}. */
    public IssueBuilder toBuilder() {
        return new IssueBuilder(this);
    }

    /** The form before work item types and epic ids were kept: a plain issue, its epic known by iid only. */
    public Issue(Long id, long iid, String title, String description, String state,
                 Instant createdAt, Instant updatedAt, Instant closedAt, LocalDate dueDate,
                 List<String> labels, List<String> assignees, Integer weight,
                 Long iterationId, Long milestoneId, Long epicIid, boolean confidential, String webUrl) {
        this(id, iid, title, description, state, createdAt, updatedAt, closedAt, dueDate, labels, assignees, weight,
                iterationId, milestoneId, epicIid, confidential, webUrl, TYPE_ISSUE, null, null, null);
    }

    /**
     * GitLab's type names in one spelling: the REST {@code issue_type} is lower case ({@code test_case}),
     * its older {@code type} upper case ({@code TEST_CASE}); GraphQL says {@code Test Case}. One shared
     * instance for the common types, as for the state.
     */
    private static String workItemType(String type) {
        if (type == null || type.isBlank()) {
            return TYPE_ISSUE;
        }
        String t = type.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
        return switch (t) {
            case TYPE_ISSUE -> TYPE_ISSUE;
            case TYPE_INCIDENT -> TYPE_INCIDENT;
            case TYPE_TEST_CASE -> TYPE_TEST_CASE;
            case TYPE_TASK -> TYPE_TASK;
            default -> t;
        };
    }

    /**
     * The work item types that carry a weight: those GitLab gives the Weight widget in
     * lib/gitlab/database_importers/work_items/base_type_importer.rb ({@code WIDGETS_FOR_TYPE}: issue,
     * task, epic, ticket; not incident, test_case, requirement, objective, key_result). GitLab's issue
     * entity sends {@code weight} only where the type supports it (ee/lib/ee/api/entities/issue.rb,
     * {@code supports_weight?}), so for the other types a missing weight says nothing about estimating.
     */
    private static final java.util.Set<String> WEIGHTED_TYPES = java.util.Set.of(TYPE_ISSUE, TYPE_TASK, "epic", "ticket");

    /**
     * Whether GitLab can give this issue a weight at all (its type has the Weight widget). A type psdm
     * does not know is treated as weightless: its missing weight is never read as "not estimated".
     */
    public boolean supportsWeight() {
        return WEIGHTED_TYPES.contains(workItemType);
    }

    /** {@link #supportsWeight()} for a type in any of GitLab's spellings (null: a plain issue). */
    public static boolean typeSupportsWeight(@Nullable String type) {
        return WEIGHTED_TYPES.contains(workItemType(type));
    }

    /** True for the given work item type ({@link #TYPE_TASK}, ...), in any of GitLab's spellings. */
    public boolean isType(String type) {
        // the type as configured is nearly always spelt as stored: answer that without normalising it (a new
        // string per call, asked of every issue by several rules; issue 29 item 4)
        return workItemType.equals(type) || workItemType.equals(workItemType(type));
    }

    /** Whether its work item type is one of {@code types} (spelt as GitLab's REST, GraphQL or older API does). */
    public boolean isAnyType(List<String> types) {
        for (int k = 0; k < types.size(); k++) {
            if (isType(types.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this issue belongs to the epic. Iids are per group, so the group decides when both sides
     * know it; else GitLab's epic id; else, for snapshots that know only iids, the iid. An epic read as
     * a work item has the work item's id, not the legacy epic id issues name, hence group and iid first.
     */
    public boolean belongsTo(Epic epic) {
        if (epicGroupId != null && epic.groupId() != null && epicIid != null) {
            return epicGroupId.equals(epic.groupId()) && epicIid == epic.iid();
        }
        if (epicId != null) {
            return epicId == epic.id();
        }
        return epicIid != null && epicIid == epic.iid();
    }

    /** Whether GitLab names an epic for this issue at all (by id or by iid). */
    public boolean hasEpic() {
        return epicId != null || epicIid != null;
    }

    public boolean isOpen() {
        return state != "closed" && !"closed".equals(state); // the first test decides for canonical states
    }

    public boolean hasLabel(String name) {
        // By index: the derivation asks every issue about several labels, and at 100k issues an iterator
        // per call was a fifth of an evaluation's garbage (docs/PERFORMANCE.md).
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether it carries any of these labels (case-insensitive, as {@link #hasLabel}): a RAID log's priority
     * labels, an internal retrospective's labels, each a team's list from the conventions.
     */
    public boolean hasAnyLabel(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (hasLabel(names.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when a label starts with the prefix, e.g. {@code "PSD Workflow::"} (case-insensitive). */
    public boolean hasLabelPrefix(String prefix) {
        return labelWithPrefix(prefix) != null;
    }

    /**
     * The first label, in the issue's order, that starts with the prefix (case-insensitive), as the issue spells it
     * ({@code "PSD Workflow::In Progress"}); null when none does.
     */
    public @Nullable String labelWithPrefix(String prefix) {
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return label;
            }
        }
        return null;
    }
}
