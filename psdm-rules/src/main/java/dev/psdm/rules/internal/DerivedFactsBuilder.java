package dev.psdm.rules.internal;

import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.Milestone;
import dev.psdm.model.Snapshot;
import dev.psdm.model.WikiPage;
import dev.psdm.rules.conventions.Conventions;
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
import dev.psdm.rules.report.Subject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Computes {@link DerivedFacts}: one linear pass over issues, one sort of iterations. */
public final class DerivedFactsBuilder {
    private final Conventions conventions;

    public DerivedFactsBuilder(Conventions conventions) {
        this.conventions = conventions;
    }

    public DerivedFacts build(Snapshot snapshot, Instant asOf) {
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
        for (PlanPeriod p : periods) {
            boolean isZero = zero.isPresent() && zero.get() == p;
            PeriodState state = PeriodState.of(p.start, p.due, asOfDate);
            int closedRank = state == PeriodState.CLOSED ? closedCount - closedSeen++ : 0;
            DeliveryIteration it = new DeliveryIteration(p.id, p.title, p.start, p.due, isZero ? 0 : number++, isZero,
                    state, closedRank, p.kind, p.webUrl, calendar);
            iterations.add(it);
            if (isZero) {
                iterationZero = new IterationZero(it, p.zeroReason);
            }
        }

        ProjectSize size = new ProjectSizer(conventions.thresholds()).classify(snapshot, periods,
                iterationZero == null ? periods.size() : periods.size() - 1);
        ProjectContext context = new ProjectContext(snapshot.project(), snapshot.group(), asOf, asOfDate, size);

        List<RaidItem> raidItems = raidItems(snapshot, asOfDate);
        return new DerivedFacts(context, List.copyOf(iterations), Optional.ofNullable(iterationZero),
                ceremonies, raidItems, plannedIssues(snapshot, iterations, ceremonies, raidItems),
                communicationPlans(snapshot), reportingWeeks(size, asOfDate, calendar), conventions.thresholds());
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
                plans.add(new CommunicationPlan(new Subject("wiki", null, null, page.title(), null),
                        page.content() != null, mentions(standup, page.content())));
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
            Long periodId = conventions.iterationsAsMilestones() ? issue.milestoneId() : issue.iterationId();
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
                    LocalDate date = issue.dueDate() != null ? issue.dueDate()
                            : LocalDate.ofInstant(issue.createdAt(), ZoneOffset.UTC);
                    Long periodId = conventions.iterationsAsMilestones() ? issue.milestoneId() : issue.iterationId();
                    records.add(new CeremonyRecord(kind, date, periodId, Subject.issue(issue)));
                }
            }
        }
        for (WikiPage page : snapshot.wikiPages()) {
            for (CeremonyKind kind : kinds) {
                if (matches(titleMatchers[kind.ordinal()], page.title())) {
                    records.add(new CeremonyRecord(kind, null, null, new Subject("wiki", null, null, page.title(), null)));
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

    private List<RaidItem> raidItems(Snapshot snapshot, LocalDate asOfDate) {
        List<RaidItem> items = new ArrayList<>();
        for (Issue issue : snapshot.issues()) {
            if (hasAny(issue, conventions.raidLabels())) {
                LocalDate updated = LocalDate.ofInstant(issue.updatedAt(), ZoneOffset.UTC);
                long days = Math.max(0, ChronoUnit.DAYS.between(updated, asOfDate));
                boolean high = hasAny(issue, conventions.highPriorityLabels());
                int limit = high ? conventions.thresholds().raidHighPriorityStaleDays() : conventions.thresholds().raidStaleDays();
                items.add(new RaidItem(issue, high, days, limit));
            }
        }
        return items;
    }

    private static boolean hasAny(Issue issue, List<String> labels) {
        for (String label : labels) {
            if (issue.hasLabel(label)) {
                return true;
            }
        }
        return false;
    }

    private List<PlannedIssue> plannedIssues(Snapshot snapshot, List<DeliveryIteration> iterations,
                                             List<CeremonyRecord> ceremonies, List<RaidItem> raidItems) {
        Map<Long, DeliveryIteration> byId = new HashMap<>();
        for (DeliveryIteration it : iterations) {
            byId.put(it.id(), it);
        }
        // Sorted iids rather than a Set<Long>: one lookup per planned issue, without boxing its iid.
        long[] notWork = new long[ceremonies.size() + raidItems.size()];
        int n = 0;
        for (CeremonyRecord record : ceremonies) {
            if (record.subject().iid() != null && "issue".equals(record.subject().type())) {
                notWork[n++] = record.subject().iid();
            }
        }
        for (RaidItem item : raidItems) {
            notWork[n++] = item.issue().iid();
        }
        Arrays.sort(notWork, 0, n);
        List<PlannedIssue> planned = new ArrayList<>();
        for (Issue issue : snapshot.issues()) {
            Long periodId = conventions.iterationsAsMilestones() ? issue.milestoneId() : issue.iterationId();
            DeliveryIteration it = periodId == null ? null : byId.get(periodId);
            if (it != null) {
                planned.add(new PlannedIssue(issue, it, Arrays.binarySearch(notWork, 0, n, issue.iid()) < 0));
            }
        }
        return planned;
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
