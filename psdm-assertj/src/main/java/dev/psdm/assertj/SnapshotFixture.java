package dev.psdm.assertj;

import dev.psdm.model.Board;
import dev.psdm.model.Epic;
import dev.psdm.model.Group;
import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.Label;
import dev.psdm.model.Milestone;
import dev.psdm.model.Project;
import dev.psdm.model.Snapshot;
import dev.psdm.model.SnapshotBuilder;
import dev.psdm.model.Source;
import dev.psdm.model.WikiPage;
import dev.psdm.engine.facts.CeremonyKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A snapshot fixture in a few lines, for tests of rules and of delivery tooling:
 * <pre>{@code
 * Snapshot snapshot = SnapshotFixture.project("Acme")
 *         .asOf(LocalDate.of(2026, 3, 20))
 *         .startingOn(LocalDate.of(2026, 1, 5))
 *         .iterationZero()
 *         .iterations(8, SnapshotFixture.twoWeeks())
 *         .issue(i -> i.title("Risk: vendor access").raid().priorityHigh().updatedDaysAgo(9))
 *         .build();
 * }</pre>
 * Iterations follow each other from {@link #startingOn(LocalDate)}; delivery iterations are
 * numbered 1, 2, ... in the order they are added, Iteration 0 is number 0.
 */
public final class SnapshotFixture {
    private static final String GITLAB = "https://gitlab.example.com";

    private final String name;
    private Instant asOf = Instant.parse("2026-03-20T12:00:00Z");
    private LocalDate cursor = LocalDate.of(2026, 1, 5);
    private final FixturePlan plan = new FixturePlan();
    private final List<IssueSpec> issues = new ArrayList<>();
    private final Set<String> labels = new LinkedHashSet<>();
    private final Set<String> archivedLabels = new java.util.HashSet<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<Epic> epics = new ArrayList<>();
    private final List<Board> boards = new ArrayList<>();
    private final List<WikiPage> wikiPages = new ArrayList<>();
    private final List<String[]> gaps = new ArrayList<>();
    private final Set<CeremonyKind> everyIteration = EnumSet.noneOf(CeremonyKind.class);
    private boolean weeklyStatus;
    private boolean iterationsAsMilestones;
    private int deliveryCount;

    private SnapshotFixture(String name) {
        this.name = name;
    }

    /** A project called "Acme Corp collaboration". */
    public static SnapshotFixture project() {
        return project("Acme Corp collaboration");
    }

    public static SnapshotFixture project(String name) {
        return new SnapshotFixture(name);
    }

    /** Two weeks, the handbook's usual iteration length. */
    public static Period twoWeeks() {
        return Period.ofWeeks(2);
    }

    /** The evaluation instant, which is also the snapshot's fetchedAt. Default 2026-03-20T12:00:00Z. */
    public SnapshotFixture asOf(Instant instant) {
        this.asOf = instant;
        return this;
    }

    /** Noon UTC of that day. */
    public SnapshotFixture asOf(LocalDate date) {
        return asOf(date.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    /** Where the next added iteration starts. Default 2026-01-05. */
    public SnapshotFixture startingOn(LocalDate date) {
        this.cursor = date;
        return this;
    }

    /** Adds a two-week "Iteration 0". */
    public SnapshotFixture iterationZero() {
        return iterationZero("Iteration 0");
    }

    public SnapshotFixture iterationZero(String title) {
        plan.add(title, cursor, cursor.plus(twoWeeks()).minusDays(1), 0);
        cursor = cursor.plus(twoWeeks());
        return this;
    }

    /** Adds {@code count} iterations "Iteration n" of the given length, back to back. */
    public SnapshotFixture iterations(int count, Period length) {
        for (int k = 0; k < count; k++) {
            int number = ++deliveryCount;
            iteration("Iteration " + number, cursor, cursor.plus(length).minusDays(1), number);
        }
        return this;
    }

    /** Adds iterations without titles, as an iteration cadence schedules them. */
    public SnapshotFixture untitledIterations(int count, Period length) {
        for (int k = 0; k < count; k++) {
            iteration(null, cursor, cursor.plus(length).minusDays(1), ++deliveryCount);
        }
        return this;
    }

    /** Adds one delivery iteration with explicit dates; the next one starts the day after its due date. */
    public SnapshotFixture iteration(String title, LocalDate start, LocalDate due) {
        return iteration(title, start, due, ++deliveryCount);
    }

    private SnapshotFixture iteration(String title, LocalDate start, LocalDate due, int number) {
        plan.add(title, start, due, number);
        cursor = due.plusDays(1);
        return this;
    }

    /** Leaves {@code days} days between the previous iteration and the next. */
    public SnapshotFixture gapOfDays(int days) {
        cursor = cursor.plusDays(days);
        return this;
    }

    /**
     * Builds the iterations as GitLab milestones (with start and due dates) and plans issues in those
     * milestones: how a team that tracks iterations as milestones looks (pair it with
     * {@code Conventions.withIterationsAsMilestones(true)}).
     */
    public SnapshotFixture iterationsAsMilestones() {
        this.iterationsAsMilestones = true;
        return this;
    }

    /** Iteration 0 and 8 two-week iterations: a LARGE project. */
    public SnapshotFixture large() {
        return iterationZero().iterations(8, twoWeeks());
    }

    /** Iteration 0 and 3 two-week iterations: a SMALL project. */
    public SnapshotFixture small() {
        return iterationZero().iterations(3, twoWeeks());
    }

    /** Adds an issue described by the spec. */
    public SnapshotFixture issue(Consumer<IssueSpec> spec) {
        IssueSpec issue = new IssueSpec();
        spec.accept(issue);
        issues.add(issue);
        return this;
    }

    /** Adds {@code count} issues described by the same spec. */
    public SnapshotFixture issues(int count, Consumer<IssueSpec> spec) {
        for (int k = 0; k < count; k++) {
            issue(spec);
        }
        return this;
    }

    /** Adds a ceremony record for delivery iteration {@code n}, titled and dated as a PS team would. */
    public SnapshotFixture ceremony(CeremonyKind kind, int n) {
        issues.add(plan.ceremony(kind, n));
        return this;
    }

    /** Adds a record of each kind to every delivery iteration (resolved when built). */
    public SnapshotFixture ceremoniesInEveryIteration(CeremonyKind... kinds) {
        everyIteration.addAll(List.of(kinds));
        return this;
    }

    /** Adds a weekly status record in every full week from the first iteration to the as-of date. */
    public SnapshotFixture weeklyStatusEveryWeek() {
        this.weeklyStatus = true;
        return this;
    }

    public SnapshotFixture labels(String... names) {
        labels.addAll(List.of(names));
        return this;
    }

    /** Labels GitLab archived ({@code "archived": true}, doc/api/labels.md, 18.3+). */
    public SnapshotFixture archivedLabels(String... names) {
        labels.addAll(List.of(names));
        archivedLabels.addAll(List.of(names));
        return this;
    }

    public SnapshotFixture milestone(long id, String title, LocalDate start, LocalDate due) {
        milestones.add(new Milestone(id, id, null, title, null, "active", start, due, GITLAB + "/milestones/" + id));
        return this;
    }

    public SnapshotFixture epic(long iid, String title) {
        epics.add(new Epic(5_000 + iid, iid, title, "opened", List.of(), GITLAB + "/epics/" + iid));
        return this;
    }

    public SnapshotFixture board(String boardName, String... listLabels) {
        List<Board.BoardList> lists = new ArrayList<>();
        for (int k = 0; k < listLabels.length; k++) {
            lists.add(new Board.BoardList(k + 1, listLabels[k], k));
        }
        boards.add(new Board(boards.size() + 1, boardName, lists));
        return this;
    }

    public SnapshotFixture wikiPage(String title, String content) {
        wikiPages.add(new WikiPage(title, title.toLowerCase().replace(' ', '-'), content));
        return this;
    }

    /** Records that the snapshot could not read a resource ({@code DataGap.EPICS}, ...). */
    public SnapshotFixture gap(String resource, String reason) {
        gaps.add(new String[]{resource, reason});
        return this;
    }

    public Snapshot build() {
        String projectUrl = GITLAB + "/acme/collaboration";
        Project project = new Project(42, name, "acme/collaboration", null, projectUrl,
                Instant.parse("2025-12-01T09:00:00Z"), false);
        SnapshotBuilder builder = Snapshot.builder(project, asOf)
                .source(new Source(GITLAB, "acme/collaboration", 42L, "acme"))
                .group(new Group(7, "acme", "acme", GITLAB + "/groups/acme"));

        List<Milestone> plannedMilestones = new ArrayList<>(milestones);
        if (iterationsAsMilestones) {
            plannedMilestones.addAll(plan.asMilestones(projectUrl));
            builder.iterations(List.of());
        } else {
            builder.iterations(plan.asIterations(GITLAB));
        }

        List<IssueSpec> all = new ArrayList<>(issues);
        all.addAll(plan.ceremoniesInEveryIteration(everyIteration));
        if (weeklyStatus) {
            all.addAll(plan.weeklyStatusUntil(LocalDate.ofInstant(asOf, ZoneOffset.UTC)));
        }
        List<Issue> builtIssues = new ArrayList<>();
        List<Long> iids = IssueSpec.iidsOf(all);
        for (int k = 0; k < all.size(); k++) {
            IssueSpec spec = all.get(k);
            Issue issue = spec.build(iids.get(k), plan.idOf(spec), iterationsAsMilestones, asOf, projectUrl);
            builtIssues.add(issue);
            labels.addAll(issue.labels());
        }
        builder.issues(builtIssues);

        List<Label> builtLabels = new ArrayList<>();
        long labelId = 1;
        for (String label : labels) {
            builtLabels.add(new Label(labelId++, label, "#6699cc", null, archivedLabels.contains(label) ? true : null));
        }
        builder.labels(builtLabels).milestones(plannedMilestones).epics(epics).boards(boards).wikiPages(wikiPages);
        for (String[] gap : gaps) {
            builder.gap(gap[0], gap[1]);
        }
        return builder.build();
    }
}
