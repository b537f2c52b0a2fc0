package dev.psdm.examples.setup;

import dev.psdm.model.Board;
import dev.psdm.model.Epic;
import dev.psdm.model.Group;
import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.IterationState;
import dev.psdm.model.Label;
import dev.psdm.model.Milestone;
import dev.psdm.model.Project;
import dev.psdm.model.Snapshot;
import dev.psdm.model.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Delivery tooling: plans the GitLab collaboration project of a new engagement the way the PSDM
 * handbook lays it out — Iteration 0 with kickoff, stakeholder planning and discovery, two-week
 * iterations, the ceremonies that fit the project's size, a RAID log, a workflow board, and one
 * epic per workstream. The plan is a {@link Snapshot} of the project as it will look once created,
 * so psdm-check can judge it before anything is created in GitLab.
 */
public final class ProjectSetupGenerator {
    static final List<String> WORKFLOW = List.of("PSD Workflow::Backlog", "PSD Workflow::To Do",
            "PSD Workflow::In Progress", "PSD Workflow::Blocked", "PSD Workflow::Done");
    static final String RAID_LOG = "PS RAID Log";
    private static final int ITERATION_DAYS = 14;

    private final String gitlabUrl;
    private final String groupPath;

    /** @param groupPath the customer group new collaboration projects go into */
    public ProjectSetupGenerator(String gitlabUrl, String groupPath) {
        this.gitlabUrl = gitlabUrl;
        this.groupPath = groupPath;
    }

    /** The collaboration project of the engagement, as of {@code plannedAt}. */
    public Snapshot plan(Engagement engagement, Instant plannedAt) {
        String slug = engagement.customer().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String path = groupPath + "/" + slug + "-collaboration";
        Project project = new Project(0, engagement.customer() + " collaboration", path,
                "Collaboration project for " + engagement.customer(), gitlabUrl + "/" + path, plannedAt, false);
        Plan plan = new Plan(engagement, plannedAt, gitlabUrl + "/" + path);

        List<Iteration> iterations = iterations(engagement);
        Iteration zero = iterations.get(0);
        plan.iterationZero(zero, fullSchedule(engagement));
        for (Iteration it : iterations.subList(1, iterations.size())) {
            if (fullSchedule(engagement)) {
                plan.ceremoniesOf(it);
            }
            plan.workOf(it);
        }
        if (!fullSchedule(engagement)) {
            plan.weeklyStatus(zero.startDate(), iterations.get(iterations.size() - 1).dueDate());
        }

        return Snapshot.builder(project, plannedAt)
                .source(new Source(gitlabUrl, path, null, groupPath))
                .group(new Group(0, groupPath.substring(groupPath.lastIndexOf('/') + 1), groupPath, gitlabUrl + "/groups/" + groupPath))
                .iterations(iterations)
                .milestones(milestones(iterations))
                .labels(labels(engagement))
                .epics(epics(engagement))
                .boards(List.of(new Board(1, "Delivery board", boardLists())))
                .issues(plan.issues())
                .build();
    }

    /**
     * Handbook, "Guidelines for PSDM": the full iteration schedule (planning, review, refinement,
     * standup, retrospective) when the project exceeds 5 iterations or two months; a weekly status
     * at the minimum otherwise.
     */
    static boolean fullSchedule(Engagement engagement) {
        LocalDate end = engagement.kickoff().plusDays((long) ITERATION_DAYS * (engagement.deliveryIterations() + 1) - 1);
        return engagement.deliveryIterations() > 5 || end.isAfter(engagement.kickoff().plusMonths(2));
    }

    private List<Iteration> iterations(Engagement engagement) {
        List<Iteration> iterations = new ArrayList<>();
        for (int n = 0; n <= engagement.deliveryIterations(); n++) {
            LocalDate start = engagement.kickoff().plusDays((long) ITERATION_DAYS * n);
            String title = n == 0 ? "Iteration 0 – Kickoff & discovery" : "Iteration " + n;
            iterations.add(new Iteration(n + 1, (long) n + 1, 0L, title, null, IterationState.UPCOMING, start,
                    start.plusDays(ITERATION_DAYS - 1), gitlabUrl + "/groups/" + groupPath + "/-/iterations/" + (n + 1)));
        }
        return iterations;
    }

    private List<Milestone> milestones(List<Iteration> iterations) {
        Iteration zero = iterations.get(0);
        Iteration last = iterations.get(iterations.size() - 1);
        return List.of(
                new Milestone(1, 1L, null, "Phase 1 – Discovery", null, "active", zero.startDate(), zero.dueDate(), null),
                new Milestone(2, 2L, null, "Phase 2 – Delivery", null, "active", zero.dueDate().plusDays(1), last.dueDate(), null));
    }

    private static List<Label> labels(Engagement engagement) {
        List<String> names = Stream.concat(Stream.of(engagement.sow(), "PM::" + engagement.projectManager(), RAID_LOG,
                "PS Risk", "PS:: Priority High"), WORKFLOW.stream()).toList();
        List<Label> labels = new ArrayList<>();
        for (String name : names) {
            labels.add(new Label(labels.size() + 1, name, "#6699cc", null));
        }
        return labels;
    }

    /** One epic per workstream, then one for project management (Iteration 0's kickoff and discovery work). */
    private List<Epic> epics(Engagement engagement) {
        List<Epic> epics = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        engagement.workstreams().forEach(w -> titles.add("Workstream: " + w));
        titles.add("Project management");
        for (String title : titles) {
            long iid = epics.size() + 1;
            epics.add(new Epic(iid, iid, title, "opened", List.of(engagement.sow()),
                    gitlabUrl + "/groups/" + groupPath + "/-/epics/" + iid));
        }
        return epics;
    }

    private static List<Board.BoardList> boardLists() {
        List<Board.BoardList> lists = new ArrayList<>();
        for (String label : WORKFLOW) {
            lists.add(new Board.BoardList(lists.size() + 1, label, lists.size()));
        }
        return lists;
    }

    /** The issues of the plan, numbered in the order they are added. */
    private static final class Plan {
        // Work items carry the post-sales discovery template, so the team knows when each is done.
        private static final String WORK_TEMPLATE =
                "## Overview\n%s\n\n## Tasks\n- [ ] \n\n## Acceptance Criteria\n- [ ] agreed with the customer\n";

        private final Engagement engagement;
        private final Instant plannedAt;
        private final String projectUrl;
        private final List<Issue> issues = new ArrayList<>();

        Plan(Engagement engagement, Instant plannedAt, String projectUrl) {
            this.engagement = engagement;
            this.plannedAt = plannedAt;
            this.projectUrl = projectUrl;
        }

        void iterationZero(Iteration zero, boolean fullSchedule) {
            LocalDate start = zero.startDate();
            String toDo = WORKFLOW.get(1);
            Long management = (long) engagement.workstreams().size() + 1;
            add("Customer kickoff", null, start.plusDays(1), zero, 1, management, toDo);
            add("Stakeholder planning", null, start.plusDays(2), zero, 1, management, toDo);
            add("Discovery sessions", null, start.plusDays(4), zero, 2, management, toDo);
            // Internal retrospectives are tracked from the start (handbook: all project sizes).
            add("Internal retrospective – Iteration 0", null, zero.dueDate(), zero, null, null, toDo);
            add("Communication plan", fullSchedule
                    ? "## Cadence\n- Daily stand-up, 15 minutes\n- Iteration planning, review and retrospective every two weeks\n"
                    : "## Cadence\n- Weekly status every Friday\n", start.plusDays(3), zero, 1, null, toDo);
            // The RAID log starts in Iteration 0 with what discovery finds (handbook: address risk early).
            add("Risk: initial risk register from discovery", null, zero.dueDate(), zero, null, null, toDo, RAID_LOG, "PS Risk");
        }

        /** Ceremony records are dated where the ceremony happens, so psdm-check counts them for the iteration. */
        void ceremoniesOf(Iteration it) {
            String n = it.title().substring("Iteration ".length());
            add("Iteration " + n + " planning", null, it.startDate(), it, null, null, WORKFLOW.get(1));
            add("Backlog refinement – Iteration " + n, null, it.startDate().plusDays(7), it, null, null, WORKFLOW.get(1));
            add("Iteration " + n + " review / status report", null, it.dueDate(), it, null, null, WORKFLOW.get(1));
            add("Iteration " + n + " retrospective", null, it.dueDate(), it, null, null, WORKFLOW.get(1));
        }

        void weeklyStatus(LocalDate from, LocalDate to) {
            for (LocalDate week = from; !week.plusDays(6).isAfter(to); week = week.plusWeeks(1)) {
                add("Weekly status – week of " + week, null, week.plusDays(4), null, null, null, WORKFLOW.get(1));
            }
        }

        void workOf(Iteration it) {
            for (int k = 0; k < engagement.workstreams().size(); k++) {
                String title = engagement.workstreams().get(k) + " – " + it.title();
                add(title, WORK_TEMPLATE.formatted(title), null, it, 2, (long) k + 1, WORKFLOW.get(0));
            }
        }

        List<Issue> issues() {
            return List.copyOf(issues);
        }

        private void add(String title, String description, LocalDate due, Iteration it, Integer weight, Long epicIid,
                         String... labels) {
            long iid = issues.size() + 1;
            List<String> allLabels = Stream.concat(Stream.of(engagement.sow()), Stream.of(labels)).toList();
            issues.add(Issue.builder(iid, title, plannedAt).description(description).dueDate(due).labels(allLabels)
                    .assignees(List.of(engagement.projectManager())).weight(weight)
                    .iterationId(it == null ? null : it.id()).epic(epicIid, null, null)
                    .webUrl(projectUrl + "/-/issues/" + iid).build());
        }
    }
}
