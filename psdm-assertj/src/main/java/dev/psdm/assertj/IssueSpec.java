package dev.psdm.assertj;

import dev.psdm.model.Issue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Describes one issue of a {@link SnapshotFixture}. Dates given relative to the as-of instant
 * ({@link #updatedDaysAgo(int)}) are resolved when the snapshot is built, so fixtures read like the
 * situation they describe.
 */
public final class IssueSpec {
    private Long iid;
    private String title = "Work item";
    private String description;
    private boolean closed;
    private final List<String> labels = new ArrayList<>();
    private final List<String> assignees = new ArrayList<>(List.of("jdoe"));
    private Integer weight = 2;
    private Integer iterationNumber;
    private String iterationTitle;
    private Long milestoneId;
    private Long epicIid;
    private Long epicId;
    private boolean confidential;
    private LocalDate createdOn;
    private Integer createdDaysAgo;
    private Integer updatedDaysAgo;
    private LocalDate dueDate;
    private String workItemType = Issue.TYPE_ISSUE;
    private String healthStatus;

    IssueSpec() {
    }

    public IssueSpec iid(long value) {
        this.iid = value;
        return this;
    }

    public IssueSpec title(String value) {
        this.title = value;
        return this;
    }

    public IssueSpec description(String value) {
        this.description = value;
        return this;
    }

    public IssueSpec closed() {
        this.closed = true;
        return this;
    }

    public IssueSpec open() {
        this.closed = false;
        return this;
    }

    public IssueSpec labels(String... values) {
        labels.addAll(List.of(values));
        return this;
    }

    /** Puts the issue in the RAID log (label {@code PS RAID Log}). */
    public IssueSpec raid() {
        return labels("PS RAID Log");
    }

    /** A high-priority item (label {@code PS:: Priority High}). */
    public IssueSpec priorityHigh() {
        return labels("PS:: Priority High");
    }

    public IssueSpec assignees(String... usernames) {
        assignees.clear();
        assignees.addAll(List.of(usernames));
        return this;
    }

    public IssueSpec unassigned() {
        assignees.clear();
        return this;
    }

    /** GitLab's health status ({@code on_track}, {@code needs_attention}, {@code at_risk}); unset: unknown, as on tiers without it. */
    public IssueSpec healthStatus(String value) {
        this.healthStatus = value;
        return this;
    }

    public IssueSpec weight(int value) {
        this.weight = value;
        return this;
    }

    public IssueSpec unweighted() {
        this.weight = null;
        return this;
    }

    /** Plans the issue in delivery iteration {@code n} (1-based), or in Iteration 0 with {@code n = 0}. */
    public IssueSpec inIteration(int n) {
        this.iterationNumber = n;
        this.iterationTitle = null;
        return this;
    }

    /** Plans the issue in the iteration with this title. */
    public IssueSpec inIteration(String title) {
        this.iterationTitle = title;
        this.iterationNumber = null;
        return this;
    }

    public IssueSpec milestone(long id) {
        this.milestoneId = id;
        return this;
    }

    public IssueSpec epic(long epicIid) {
        this.epicIid = epicIid;
        return this;
    }

    /** GitLab's work item type: {@code issue} (the default), {@code task}, {@code incident}, {@code test_case} … */
    public IssueSpec type(String value) {
        workItemType = value;
        return this;
    }

    /** In the epic of this global id, as GitLab sends it in {@code epic.id} (without the deprecated {@code epic_iid}). */
    public IssueSpec epicById(long id) {
        epicId = id;
        return this;
    }

    public IssueSpec confidential() {
        this.confidential = true;
        return this;
    }

    public IssueSpec createdOn(LocalDate date) {
        this.createdOn = date;
        this.createdDaysAgo = null;
        return this;
    }

    public IssueSpec createdDaysAgo(int days) {
        this.createdDaysAgo = days;
        this.createdOn = null;
        return this;
    }

    /** Last updated this many days before the as-of instant. */
    public IssueSpec updatedDaysAgo(int days) {
        this.updatedDaysAgo = days;
        return this;
    }

    public IssueSpec due(LocalDate date) {
        this.dueDate = date;
        return this;
    }

    Long iid() {
        return iid;
    }

    Integer iterationNumber() {
        return iterationNumber;
    }

    String iterationTitle() {
        return iterationTitle;
    }

    /** Builds the issue; {@code iterationId} goes to the milestone instead when the plan is tracked as milestones. */
    Issue build(long assignedIid, Long iterationId, boolean iterationsAsMilestones, Instant asOf, String projectUrl) {
        Instant created = createdOn != null ? createdOn.atTime(9, 0).toInstant(ZoneOffset.UTC)
                : asOf.minus(createdDaysAgo != null ? createdDaysAgo : 30, ChronoUnit.DAYS);
        Instant updated = updatedDaysAgo != null ? asOf.minus(updatedDaysAgo, ChronoUnit.DAYS) : created;
        if (updated.isBefore(created)) {
            created = updated;
        }
        long number = iid != null ? iid : assignedIid;
        return new Issue(10_000 + number, number, title, description, closed ? "closed" : "opened", created, updated,
                closed ? updated : null, dueDate, labels, assignees, weight,
                iterationsAsMilestones ? null : iterationId, iterationsAsMilestones && iterationId != null ? iterationId : milestoneId, epicIid,
                confidential, projectUrl + "/-/issues/" + number, workItemType, epicId, null, healthStatus);
    }

    /**
     * The iid of each spec, in order: its own, or else the lowest number after the last one given that no
     * spec claims for itself (so {@code .issue(i -> i.iid(1))} and an unnumbered issue never collide).
     */
    static List<Long> iidsOf(List<IssueSpec> specs) {
        Set<Long> taken = new HashSet<>();
        specs.stream().map(IssueSpec::iid).filter(Objects::nonNull).forEach(taken::add);
        List<Long> iids = new ArrayList<>();
        long next = 1;
        for (IssueSpec spec : specs) {
            long iid = spec.iid() != null ? spec.iid() : next;
            if (spec.iid() == null) {
                while (taken.contains(iid)) {
                    iid++;
                }
                next = iid + 1;
            }
            iids.add(iid);
        }
        return iids;
    }
}
