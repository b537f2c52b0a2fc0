package dev.psdm.rules.internal;

import dev.psdm.model.Issue;
import dev.psdm.model.Label;
import dev.psdm.model.Iteration;
import dev.psdm.model.Milestone;
import dev.psdm.model.Snapshot;
import dev.psdm.model.WikiPage;
import dev.psdm.rules.conventions.Conventions;
import dev.psdm.rules.conventions.Regexes;
import dev.psdm.rules.facts.Backlog;
import dev.psdm.rules.facts.CeremonyCalendar;
import dev.psdm.rules.facts.CeremonyKind;
import dev.psdm.rules.facts.CeremonyRecord;
import dev.psdm.rules.facts.CommunicationPlan;
import dev.psdm.rules.facts.ReportingWeek;
import dev.psdm.rules.facts.DeliveryIteration;
import dev.psdm.rules.facts.IterationZero;
import dev.psdm.rules.facts.PeriodState;
import dev.psdm.rules.facts.PlannedIssue;
import dev.psdm.rules.facts.ProjectContext;
import dev.psdm.rules.facts.ProjectSize;
import dev.psdm.rules.facts.RaidItem;
import dev.psdm.rules.facts.RequiredLabel;
import dev.psdm.rules.facts.IterationTransition;
import dev.psdm.rules.facts.WorkItem;
import dev.psdm.rules.facts.ExpectedActivity;
import dev.psdm.rules.report.Subject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Computes {@link DerivedFacts}: linear passes over issues and wiki pages, one sort of iterations. */
public final class DerivedFactsBuilder {
    private final Conventions conventions;

    public DerivedFactsBuilder(Conventions conventions) {
        this.conventions = conventions;
    }

    /** Every derived fact. */
    public DerivedFacts build(Snapshot snapshot, Instant asOf) {
        return build(snapshot, asOf, type -> true);
    }

    /**
     * The derived facts of the classes {@code needed} accepts (those some rule of the engine matches);
     * the other lists come back empty, so rules switched off cost no derivation. The project context,
     * the iterations and the ceremony records they consult are always derived: sizes and presets use them.
     */
    public DerivedFacts build(Snapshot snapshot, Instant asOf, Predicate<Class<?>> needed) {
        LocalDate asOfDate = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        List<PlanPeriod> periods = planPeriods(snapshot);

        boolean backlog = needed.test(Backlog.class);
        boolean planned = backlog || needed.test(PlannedIssue.class);
        boolean work = backlog || needed.test(WorkItem.class);
        ActivityScanner activities = new ActivityScanner(conventions);
        // telling work from records needs the RAID items and communication plans
        IssuePass pass = firstPass(snapshot, asOfDate, activities, planned || work,
                planned || work || needed.test(RaidItem.class), planned || work || needed.test(CommunicationPlan.class),
                needed.test(RequiredLabel.class));
        List<CeremonyRecord> ceremonies = pass.ceremonies();
        CeremonyCalendar calendar = new CeremonyCalendar(ceremonies);

        Optional<PlanPeriod> zero = findIterationZero(periods, snapshot);
        int closedCount = 0;
        for (PlanPeriod p : periods) {
            if (PeriodState.of(p.start, p.due, asOfDate) == PeriodState.CLOSED) {
                closedCount++;
            }
        }
        List<DeliveryIteration> iterations = new ArrayList<>(periods.size());
        IterationZero iterationZero = null;
        int number = 1;
        int closedSeen = 0;
        int upcomingSeen = 0;
        for (PlanPeriod p : periods) {
            boolean isZero = zero.isPresent() && zero.get() == p;
            PeriodState state = PeriodState.of(p.start, p.due, asOfDate);
            int closedRank = state == PeriodState.CLOSED ? closedCount - closedSeen++ : 0;
            int upcomingRank = state == PeriodState.UPCOMING && !isZero ? ++upcomingSeen : 0;
            DeliveryIteration it = new DeliveryIteration(p.id, p.title, p.start, p.due, isZero ? 0 : number++, isZero,
                    state, closedRank, upcomingRank, p.kind, p.webUrl, calendar);
            iterations.add(it);
            if (isZero) {
                iterationZero = new IterationZero(it, p.zeroReason);
            }
        }

        ProjectSize size = new ProjectSizer(conventions.thresholds()).classify(snapshot, periods,
                iterationZero == null ? periods.size() : periods.size() - 1);
        ProjectContext context = new ProjectContext(snapshot.project(), snapshot.group(), asOf, asOfDate, size,
                snapshot.issues().size());

        // the second and last pass over the issues: placement and the expected activities' records
        ActivityScanner.Scan activityScan = needed.test(ExpectedActivity.class)
                ? activities.start(iterationZero == null ? null : iterationZero.iteration()) : null;
        Placement placement = secondPass(snapshot, iterations, pass.notWork(), planned, work, activityScan);
        return new DerivedFacts(context, List.copyOf(iterations), Optional.ofNullable(iterationZero),
                ceremonies, pass.raidItems(), placement.planned(), pass.communicationPlans(),
                needed.test(ReportingWeek.class) ? reportingWeeks(size, asOfDate, calendar) : List.of(),
                placement.workItems(),
                activityScan != null ? activityScan.finish(snapshot.wikiPages()) : List.of(),
                pass.labelKinds() != null ? requiredLabels(pass.labelKinds()) : List.of(),
                needed.test(IterationTransition.class) ? transitions(iterations) : List.of(),
                new Backlog(backlog ? snapshot.issues() : List.of(), placement.workItems(), placement.planned()),
                conventions.thresholds(), conventions);
    }

    /** Issues in the iteration they are planned in, and the issues that are work rather than records. */
    private record Placement(List<PlannedIssue> planned, List<WorkItem> workItems) {
    }

    /**
     * The last pass over the issues: each issue in the iteration it is planned in, the issues that are
     * work, and the expected activities' records (when asked for).
     */
    private Placement secondPass(Snapshot snapshot, List<DeliveryIteration> iterations, boolean[] notWork,
                                 boolean withPlanned, boolean withWork, ActivityScanner.Scan activityScan) {
        if (!withPlanned && !withWork && activityScan == null) {
            return new Placement(List.of(), List.of());
        }
        Map<Long, DeliveryIteration> byId = new HashMap<>();
        for (DeliveryIteration it : iterations) {
            byId.put(it.id(), it);
        }
        List<PlannedIssue> planned = new ArrayList<>();
        List<WorkItem> workItems = new ArrayList<>();
        List<Issue> issues = snapshot.issues();
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            if (activityScan != null) {
                activityScan.see(issue);
            }
            if (!withPlanned && !withWork) {
                continue;
            }
            Long periodId = periodIdOf(issue, conventions);
            DeliveryIteration it = periodId == null ? null : byId.get(periodId);
            boolean work = !notWork[i];
            if (withPlanned && it != null) {
                planned.add(new PlannedIssue(issue, it, work));
            }
            if (withWork && work) {
                workItems.add(new WorkItem(issue, it));
            }
        }
        return new Placement(List.copyOf(planned), List.copyOf(workItems));
    }

    /** The iteration (or milestone, when the team tracks iterations as milestones) an issue is planned in. */
    static Long periodIdOf(Issue issue, Conventions conventions) {
        return conventions.iterationsAsMilestones() ? issue.milestoneId() : issue.iterationId();
    }

    /** The day an issue belongs to: its due date, else the day it was created (UTC). */
    static LocalDate dateOf(Issue issue) {
        return issue.dueDate() != null ? issue.dueDate() : LocalDate.ofInstant(issue.createdAt(), ZoneOffset.UTC);
    }

    static Subject wikiSubject(WikiPage page) {
        return new Subject("wiki", null, null, page.title(), null);
    }

    /** What the first pass over the issues found. */
    private record IssuePass(List<CeremonyRecord> ceremonies, List<RaidItem> raidItems,
                             List<CommunicationPlan> communicationPlans, boolean[] notWork, LabelKinds labelKinds) {
    }

    /**
     * One pass over the issues for everything that does not need the iterations: ceremony records, RAID
     * items, communication plans, which issues are records rather than work (ceremony records, RAID items,
     * the communication plan and internal retrospectives are not units of work to estimate, put on the
     * board or roll into an epic), and the CP automation's label kinds. At 100k issues the issues no
     * longer fit the CPU caches, and a pass per question cost a memory sweep each; two full passes (plus
     * the Iteration 0 search, which stops at the kickoff issue and is skipped when a period's title names
     * Iteration 0) keep the derivation's growth with the issue count close to linear (docs/PERFORMANCE.md).
     * Wiki pages follow the issues, as before.
     */
    private IssuePass firstPass(Snapshot snapshot, LocalDate asOfDate, ActivityScanner activities, boolean withNotWork,
                                boolean withRaid, boolean withPlans, boolean withLabels) {
        CeremonyMatcher ceremonyMatcher = new CeremonyMatcher(conventions);
        RaidClassifier raid = withRaid ? new RaidClassifier(conventions, asOfDate) : null;
        Matcher planTitle = withPlans ? conventions.communicationPlanTitle().matcher("") : null;
        Pattern standup = conventions.ceremonyTitles().get(CeremonyKind.STANDUP);
        LabelKinds labelKinds = withLabels ? new LabelKinds(conventions) : null;
        if (labelKinds != null) {
            for (Label label : snapshot.labels()) {
                labelKinds.see(label.name());
            }
        }
        List<CeremonyRecord> ceremonies = new ArrayList<>();
        List<RaidItem> raidItems = new ArrayList<>();
        List<CommunicationPlan> plans = new ArrayList<>();
        List<Issue> issues = snapshot.issues();
        boolean[] notWork = new boolean[withNotWork ? issues.size() : 0];
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            boolean record = ceremonyMatcher.collect(issue, ceremonies);
            if (raid != null) {
                RaidItem item = raid.of(issue);
                if (item != null) {
                    raidItems.add(item);
                    record = true;
                }
            }
            if (planTitle != null && Regexes.find(planTitle, issue.title())) {
                plans.add(new CommunicationPlan(Subject.issue(issue), true, mentions(standup, issue.description())));
                record = true;
            }
            if (withNotWork) {
                notWork[i] = record || activities.isInternalRetrospective(issue);
            }
            // labels of groups above the project may be missing from its label list: the issues' labels count too
            if (labelKinds != null && !labelKinds.all()) {
                labelKinds.seeAll(issue.labels());
            }
        }
        for (WikiPage page : snapshot.wikiPages()) {
            ceremonyMatcher.collect(page, ceremonies);
            if (planTitle != null && Regexes.find(planTitle, page.title())) {
                plans.add(new CommunicationPlan(wikiSubject(page), page.content() != null, mentions(standup, page.content())));
            }
        }
        return new IssuePass(ceremonies, List.copyOf(raidItems), plans, notWork, labelKinds);
    }

    /**
     * The CP automation's labels (handbook Label Guidelines): "SOW-# or PO#", "PM name" and "PSD workflow".
     * Defined in the project or its groups, or carried by an issue (the label list may lack group labels).
     */
    private List<RequiredLabel> requiredLabels(LabelKinds present) {
        List<RequiredLabel> required = new ArrayList<>(3);
        required.add(new RequiredLabel("SOW-# or PO#",
                "helps the GitLab team search for projects within the Professional Services group", present.sow));
        required.add(new RequiredLabel("PM name", "helps the GitLab team sort by PM name", present.pm));
        required.add(new RequiredLabel(conventions.workflowLabelPrefix() + "*",
                "the PSD workflow labels drive the issue board", present.workflow));
        return required;
    }

    /** Which of the CP automation's label kinds have been seen (the tests of Conventions#isSowLabel and co., matchers reused). */
    private static final class LabelKinds {
        private final Conventions conventions;
        private final Matcher sowLabel;
        private final Matcher pmLabel;
        private final Set<String> seen = new HashSet<>();
        boolean sow;
        boolean pm;
        boolean workflow;

        LabelKinds(Conventions conventions) {
            this.conventions = conventions;
            this.sowLabel = conventions.sowLabel().matcher("");
            this.pmLabel = conventions.pmLabel().matcher("");
        }

        /** Each distinct label is looked at once: a project has a few dozen labels on thousands of issues. */
        void seeAll(List<String> labels) {
            for (int k = 0; k < labels.size(); k++) {
                if (seen.add(labels.get(k))) {
                    see(labels.get(k));
                }
            }
        }

        void see(String label) {
            if (label == null) {
                return;
            }
            sow = sow || Regexes.find(sowLabel, label);
            pm = pm || Regexes.find(pmLabel, label);
            workflow = workflow || conventions.isWorkflowLabel(label);
        }

        boolean all() {
            return sow && pm && workflow;
        }
    }

    private static List<IterationTransition> transitions(List<DeliveryIteration> iterations) {
        List<IterationTransition> transitions = new ArrayList<>();
        for (int k = 1; k < iterations.size(); k++) {
            transitions.add(new IterationTransition(iterations.get(k - 1), iterations.get(k)));
        }
        return transitions;
    }

    private static boolean mentions(Pattern pattern, String text) {
        return pattern != null && text != null && Regexes.find(pattern, text);
    }

    /** Full seven-day weeks of the planned span that ended before the as-of date. */
    private static List<ReportingWeek> reportingWeeks(ProjectSize size, LocalDate asOfDate, CeremonyCalendar calendar) {
        List<ReportingWeek> weeks = new ArrayList<>();
        if (size.spanStart() == null) {
            return weeks;
        }
        for (LocalDate start = size.spanStart(); ; start = start.plusDays(7)) {
            LocalDate end = start.plusDays(6);
            if (end.isAfter(size.spanEnd()) || !end.isBefore(asOfDate)) {
                break;
            }
            weeks.add(new ReportingWeek(start, end, calendar));
        }
        return weeks;
    }

    /** The iterations of the plan (or milestones, when the team tracks iterations as milestones), in start order. */
    List<PlanPeriod> planPeriods(Snapshot snapshot) {
        Map<Long, PlanPeriod> byId = new LinkedHashMap<>();
        if (conventions.iterationsAsMilestones()) {
            for (Milestone m : snapshot.milestones()) {
                if (m.startDate() != null && m.dueDate() != null) {
                    byId.putIfAbsent(m.id(), new PlanPeriod(m.id(), m.title(), m.startDate(), m.dueDate(), "milestone", m.webUrl()));
                }
            }
        } else {
            for (Iteration i : snapshot.iterations()) {
                byId.putIfAbsent(i.id(), new PlanPeriod(i.id(), i.displayName(), i.startDate(), i.dueDate(), "iteration",
                        i.webUrl(), i.title()));
            }
        }
        List<PlanPeriod> periods = new ArrayList<>(byId.values());
        periods.sort(Comparator.comparing((PlanPeriod p) -> p.start).thenComparing(p -> p.due).thenComparingLong(p -> p.id));
        return periods;
    }

    /**
     * Iteration 0 is the first period of the plan when its title says so ("Iteration 0", "Sprint 0",
     * "Kickoff", "Discovery") or, for untitled cadence iterations, when it holds the kickoff or discovery issues.
     * A period so named that starts after delivery began is not an Iteration 0.
     */
    private Optional<PlanPeriod> findIterationZero(List<PlanPeriod> periods, Snapshot snapshot) {
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        LocalDate firstStart = periods.get(0).start;
        for (PlanPeriod p : periods) {
            if (!p.start.equals(firstStart)) {
                break;
            }
            if (p.rawTitle != null && Regexes.find(conventions.iterationZeroTitle(), p.rawTitle)) {
                p.zeroReason = "its title '" + p.rawTitle + "' names it";
                return Optional.of(p);
            }
        }
        PlanPeriod first = periods.get(0);
        Pattern kickoff = conventions.kickoffIssueTitle();
        for (Issue issue : snapshot.issues()) {
            Long periodId = periodIdOf(issue, conventions);
            if (periodId != null && periodId == first.id && Regexes.find(kickoff, issue.title())) {
                first.zeroReason = "it holds the kickoff/discovery issue #" + issue.iid();
                return Optional.of(first);
            }
        }
        return Optional.empty();
    }

    /** An iteration or milestone of the plan, before it becomes a {@link DeliveryIteration}. */
    static final class PlanPeriod {
        final long id;
        final String title;
        final String rawTitle;
        final LocalDate start;
        final LocalDate due;
        final String kind;
        final String webUrl;
        String zeroReason;

        PlanPeriod(long id, String title, LocalDate start, LocalDate due, String kind, String webUrl) {
            this(id, title, start, due, kind, webUrl, title);
        }

        PlanPeriod(long id, String title, LocalDate start, LocalDate due, String kind, String webUrl, String rawTitle) {
            this.id = id;
            this.title = title;
            this.rawTitle = rawTitle;
            this.start = start;
            this.due = due;
            this.kind = kind;
            this.webUrl = webUrl;
        }
    }
}
