package dev.psdm.rules.internal;

import dev.psdm.model.Issue;
import dev.psdm.model.Label;
import dev.psdm.model.Iteration;
import dev.psdm.model.Milestone;
import dev.psdm.model.Snapshot;
import dev.psdm.model.WikiPage;
import dev.psdm.rules.conventions.Conventions;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

        List<CeremonyRecord> ceremonies = ceremonyRecords(snapshot);
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

        boolean backlog = needed.test(Backlog.class);
        boolean planned = backlog || needed.test(PlannedIssue.class);
        boolean work = backlog || needed.test(WorkItem.class);
        // telling work from records needs the RAID items and communication plans
        List<RaidItem> raidItems = planned || work || needed.test(RaidItem.class)
                ? raidItems(snapshot, asOfDate) : List.of();
        List<CommunicationPlan> communicationPlans = planned || work || needed.test(CommunicationPlan.class)
                ? communicationPlans(snapshot) : List.of();
        ActivityScanner activities = new ActivityScanner(conventions);
        Placement placement = planned || work
                ? place(snapshot, iterations, notWorkItems(snapshot, ceremonies, raidItems, communicationPlans, activities),
                        planned, work)
                : new Placement(List.of(), List.of());
        return new DerivedFacts(context, List.copyOf(iterations), Optional.ofNullable(iterationZero),
                ceremonies, raidItems, placement.planned(), communicationPlans,
                needed.test(ReportingWeek.class) ? reportingWeeks(size, asOfDate, calendar) : List.of(),
                placement.workItems(),
                needed.test(ExpectedActivity.class)
                        ? activities.scan(snapshot, iterationZero == null ? null : iterationZero.iteration()) : List.of(),
                needed.test(RequiredLabel.class) ? requiredLabels(snapshot) : List.of(),
                needed.test(IterationTransition.class) ? transitions(iterations) : List.of(),
                new Backlog(backlog ? snapshot.issues() : List.of(), placement.workItems(), placement.planned()),
                conventions.thresholds(), conventions);
    }

    /** Issues in the iteration they are planned in, and the issues that are work rather than records. */
    private record Placement(List<PlannedIssue> planned, List<WorkItem> workItems) {
    }

    private Placement place(Snapshot snapshot, List<DeliveryIteration> iterations, NotWork notWork,
                            boolean withPlanned, boolean withWork) {
        Map<Long, DeliveryIteration> byId = new HashMap<>();
        for (DeliveryIteration it : iterations) {
            byId.put(it.id(), it);
        }
        List<PlannedIssue> planned = new ArrayList<>();
        List<WorkItem> workItems = new ArrayList<>();
        for (Issue issue : snapshot.issues()) {
            Long periodId = periodIdOf(issue, conventions);
            DeliveryIteration it = periodId == null ? null : byId.get(periodId);
            boolean work = !notWork.contains(issue.iid());
            if (withPlanned && it != null) {
                planned.add(new PlannedIssue(issue, it, work));
            }
            if (withWork && work) {
                workItems.add(new WorkItem(issue, it));
            }
        }
        return new Placement(planned, workItems);
    }

    /** The iids of issues that are records rather than work, sorted: looked up without boxing each issue's iid. */
    private record NotWork(long[] iids) {
        boolean contains(long iid) {
            return Arrays.binarySearch(iids, iid) >= 0;
        }
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

    /**
     * Records rather than work: ceremony records, RAID items, the communication plan and internal
     * retrospectives are not units of work to estimate, put on the board or roll into an epic.
     */
    private static NotWork notWorkItems(Snapshot snapshot, List<CeremonyRecord> ceremonies, List<RaidItem> raidItems,
                                        List<CommunicationPlan> plans, ActivityScanner activities) {
        LongList notWork = new LongList();
        for (CeremonyRecord record : ceremonies) {
            addIssue(notWork, record.subject());
        }
        for (CommunicationPlan plan : plans) {
            addIssue(notWork, plan.subject());
        }
        for (RaidItem item : raidItems) {
            notWork.add(item.issue().iid());
        }
        for (Issue issue : snapshot.issues()) {
            if (activities.isInternalRetrospective(issue)) {
                notWork.add(issue.iid());
            }
        }
        long[] sorted = notWork.toArray();
        Arrays.sort(sorted);
        return new NotWork(sorted);
    }

    private static void addIssue(LongList iids, Subject subject) {
        if (subject.iid() != null && "issue".equals(subject.type())) {
            iids.add(subject.iid());
        }
    }

    /** A growable list of longs. */
    private static final class LongList {
        private long[] values = new long[64];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /**
     * The CP automation's labels (handbook Label Guidelines): "SOW-# or PO#", "PM name" and "PSD workflow".
     * Defined in the project or its groups, or carried by an issue (the label list may lack group labels).
     */
    private List<RequiredLabel> requiredLabels(Snapshot snapshot) {
        LabelKinds present = new LabelKinds(conventions);
        for (Label label : snapshot.labels()) {
            present.see(label.name());
        }
        // Labels of groups above the project may be missing from its label list: look at the issues' labels
        // too, in one pass, until every kind is found; each distinct label is looked at once.
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < snapshot.issues().size() && !present.all(); i++) {
            List<String> labels = snapshot.issues().get(i).labels();
            for (int k = 0; k < labels.size(); k++) {
                if (seen.add(labels.get(k))) {
                    present.see(labels.get(k));
                }
            }
        }
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
        boolean sow;
        boolean pm;
        boolean workflow;

        LabelKinds(Conventions conventions) {
            this.conventions = conventions;
            this.sowLabel = conventions.sowLabel().matcher("");
            this.pmLabel = conventions.pmLabel().matcher("");
        }

        void see(String label) {
            if (label == null) {
                return;
            }
            sow = sow || sowLabel.reset(label).find();
            pm = pm || pmLabel.reset(label).find();
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

    private List<CommunicationPlan> communicationPlans(Snapshot snapshot) {
        Pattern title = conventions.communicationPlanTitle();
        Pattern standup = conventions.ceremonyTitles().get(CeremonyKind.STANDUP);
        List<CommunicationPlan> plans = new ArrayList<>();
        Matcher titleMatcher = title.matcher("");
        for (Issue issue : snapshot.issues()) {
            if (titleMatcher.reset(issue.title()).find()) {
                plans.add(new CommunicationPlan(Subject.issue(issue), true, mentions(standup, issue.description())));
            }
        }
        for (WikiPage page : snapshot.wikiPages()) {
            if (title.matcher(page.title()).find()) {
                plans.add(new CommunicationPlan(wikiSubject(page), page.content() != null,
                        mentions(standup, page.content())));
            }
        }
        return plans;
    }

    private static boolean mentions(Pattern pattern, String text) {
        return pattern != null && text != null && pattern.matcher(text).find();
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
            if (p.rawTitle != null && conventions.iterationZeroTitle().matcher(p.rawTitle).find()) {
                p.zeroReason = "its title '" + p.rawTitle + "' names it";
                return Optional.of(p);
            }
        }
        PlanPeriod first = periods.get(0);
        Pattern kickoff = conventions.kickoffIssueTitle();
        for (Issue issue : snapshot.issues()) {
            Long periodId = periodIdOf(issue, conventions);
            if (periodId != null && periodId == first.id && kickoff.matcher(issue.title()).find()) {
                first.zeroReason = "it holds the kickoff/discovery issue #" + issue.iid();
                return Optional.of(first);
            }
        }
        return Optional.empty();
    }

    /**
     * Every issue is tried against every ceremony kind, so this is the hot loop of a large snapshot
     * (at 100k issues most of the derivation's time): one reused {@link Matcher} per kind instead of
     * a new one per issue and kind, and one pass over an issue's labels for the {@code ceremony::} labels.
     */
    private List<CeremonyRecord> ceremonyRecords(Snapshot snapshot) {
        List<CeremonyRecord> records = new ArrayList<>();
        CeremonyKind[] kinds = CeremonyKind.values();
        Matcher[] titleMatchers = new Matcher[kinds.length];
        for (CeremonyKind kind : kinds) {
            Pattern pattern = conventions.ceremonyTitles().get(kind);
            titleMatchers[kind.ordinal()] = pattern == null ? null : pattern.matcher("");
        }
        String prefix = conventions.ceremonyLabelPrefix();
        boolean[] labelled = new boolean[kinds.length];
        for (Issue issue : snapshot.issues()) {
            boolean anyLabel = ceremonyLabels(issue, prefix, kinds, labelled);
            for (CeremonyKind kind : kinds) {
                if (matches(titleMatchers[kind.ordinal()], issue.title()) || (anyLabel && labelled[kind.ordinal()])) {
                    records.add(new CeremonyRecord(kind, dateOf(issue), periodIdOf(issue, conventions), Subject.issue(issue)));
                }
            }
        }
        for (WikiPage page : snapshot.wikiPages()) {
            for (CeremonyKind kind : kinds) {
                if (matches(titleMatchers[kind.ordinal()], page.title())) {
                    records.add(new CeremonyRecord(kind, null, null, wikiSubject(page)));
                }
            }
        }
        return records;
    }

    /**
     * Marks in {@code labelled} the kinds whose label {@code <prefix><kind>} the issue carries (names compare
     * case-insensitively, as {@link Issue#hasLabel} does); false when it carries none.
     */
    private static boolean ceremonyLabels(Issue issue, String prefix, CeremonyKind[] kinds, boolean[] labelled) {
        boolean any = false;
        List<String> labels = issue.labels();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label.length() <= prefix.length() || !label.regionMatches(true, 0, prefix, 0, prefix.length())) {
                continue;
            }
            for (CeremonyKind kind : kinds) {
                String key = kind.key();
                if (label.length() == prefix.length() + key.length()
                        && label.regionMatches(true, prefix.length(), key, 0, key.length())) {
                    if (!any) {
                        Arrays.fill(labelled, false);
                        any = true;
                    }
                    labelled[kind.ordinal()] = true;
                }
            }
        }
        return any;
    }

    private static boolean matches(Matcher matcher, String title) {
        return matcher != null && title != null && matcher.reset(title).find();
    }

    /**
     * A project uses a few dozen labels on thousands of issues: each distinct label string is compared
     * with the RAID labels once per evaluation, then looked up (at 100k issues the case-insensitive
     * comparisons of every label with every RAID label were a sixth of the derivation).
     */
    private List<RaidItem> raidItems(Snapshot snapshot, LocalDate asOfDate) {
        List<RaidItem> items = new ArrayList<>();
        Map<String, Boolean> isRaidLabel = new HashMap<>();
        List<String> raidLabels = conventions.raidLabels();
        Function<String, Boolean> compare = label -> {
            for (String raid : raidLabels) {
                if (label.equalsIgnoreCase(raid)) {
                    return Boolean.TRUE;
                }
            }
            return Boolean.FALSE;
        };
        for (Issue issue : snapshot.issues()) {
            if (anyLabel(issue, isRaidLabel, compare)) {
                LocalDate updated = LocalDate.ofInstant(issue.updatedAt(), ZoneOffset.UTC);
                long days = Math.max(0, ChronoUnit.DAYS.between(updated, asOfDate));
                boolean high = hasAny(issue, conventions.highPriorityLabels());
                int limit = high ? conventions.thresholds().raidHighPriorityStaleDays() : conventions.thresholds().raidStaleDays();
                items.add(new RaidItem(issue, high, days, limit));
            }
        }
        return items;
    }

    private static boolean anyLabel(Issue issue, Map<String, Boolean> memo, Function<String, Boolean> test) {
        List<String> labels = issue.labels();
        for (int i = 0; i < labels.size(); i++) {
            if (memo.computeIfAbsent(labels.get(i), test)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAny(Issue issue, List<String> labels) {
        for (String label : labels) {
            if (issue.hasLabel(label)) {
                return true;
            }
        }
        return false;
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
