package dev.psdm.bench;

import dev.psdm.model.DataGap;
import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.Milestone;
import dev.psdm.model.Snapshot;
import dev.psdm.model.WikiPage;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.conventions.Thresholds;
import dev.psdm.rules.catalog.ceremonies.CeremonySettings;
import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.report.Finding;
import dev.psdm.report.Severity;
import dev.psdm.report.Status;
import dev.psdm.report.Subject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The limit: the headline rules (PSDM-IT0-001, PSDM-CER-001..006, PSDM-WGT-001, PSDM-RAID-002) written
 * the way one would without a rules engine — one pass over the issues, then loops over the
 * iterations and weeks. It is what the Drools evaluation is benchmarked against, and an
 * independent second reading of RULES.md: it shares no code with psdm-rules' derivation, only
 * the {@link Conventions} (patterns, labels, thresholds) and the report's value types.
 *
 * <p>Only for benchmarks and the agreement test; the product evaluates DRL. Default conventions
 * with iterations as GitLab iterations (not milestones), no per-rule overrides.
 *
 * <p>Longer than 300 lines on purpose: it mirrors the nine headline rules in one place, the way a
 * hand-written checker would be, so that the benchmark compares DRL with a single pass and the agreement
 * test reads the rules a second, independent way; split into helpers it would stop being that baseline.
 */
public final class PlainJavaReference {
    /** The headline rules, in report order. */
    public static final List<String> RULE_IDS = List.of("PSDM-CER-001", "PSDM-CER-002", "PSDM-CER-003",
            "PSDM-CER-004", "PSDM-CER-005", "PSDM-CER-006", "PSDM-IT0-001", "PSDM-RAID-002", "PSDM-WGT-001");

    private static final CeremonyKind[] KINDS = CeremonyKind.values();

    private final Conventions conventions;
    private final Thresholds t;

    public PlainJavaReference(Conventions conventions) {
        if (conventions.iterationsAsMilestones() || !conventions.rules().isEmpty()) {
            throw new IllegalArgumentException("the reference implements the default mapping without rule overrides");
        }
        this.conventions = conventions;
        this.t = conventions.thresholds();
    }

    /** One rule's outcome: its status and, when it fails, one finding per offending subject. */
    public record Outcome(String ruleId, Status status, List<Finding> findings) {
    }

    /** Evaluates the headline rules; outcomes in {@link #RULE_IDS} order. */
    public List<Outcome> evaluate(Snapshot snapshot, Instant asOf) {
        LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);

        // The plan: iterations in start order (first copy of a duplicated id wins).
        Map<Long, Iteration> byId = new LinkedHashMap<>();
        for (Iteration it : snapshot.iterations()) {
            byId.putIfAbsent(it.id(), it);
        }
        List<Iteration> plan = new ArrayList<>(byId.values());
        plan.sort(Comparator.comparing(Iteration::startDate).thenComparing(Iteration::dueDate).thenComparingLong(Iteration::id));
        Iteration zero = titledIterationZero(plan);
        Iteration first = plan.isEmpty() ? null : plan.get(0);

        // One pass over the issues.
        Map<CeremonyKind, NavigableSet<LocalDate>> datesByKind = new EnumMap<>(CeremonyKind.class);
        Map<CeremonyKind, Set<Long>> iterationsByKind = new EnumMap<>(CeremonyKind.class);
        for (CeremonyKind kind : KINDS) {
            datesByKind.put(kind, new TreeSet<>());
            iterationsByKind.put(kind, new HashSet<>());
        }
        boolean[] standupRecord = new boolean[1];
        boolean kickoffInFirst = false;
        boolean planMentionsStandup = false;
        boolean planUnreadable = false;
        boolean anyOpenRaid = false;
        List<Finding> stale = new ArrayList<>();
        List<Issue> unweightedCandidates = new ArrayList<>();
        Pattern standup = conventions.get(EngineSettings.ceremonyTitle(CeremonyKind.STANDUP));
        String labelPrefix = conventions.get(EngineSettings.CEREMONY_LABEL_PREFIX);
        Matcher[] ceremonyTitles = new Matcher[KINDS.length];
        for (CeremonyKind kind : KINDS) {
            Pattern p = conventions.get(EngineSettings.ceremonyTitle(kind));
            ceremonyTitles[kind.ordinal()] = p == null ? null : p.matcher("");
        }
        Matcher communicationPlan = conventions.get(EngineSettings.COMMUNICATION_PLAN_TITLE).matcher("");
        Matcher internalRetro = conventions.get(EngineSettings.INTERNAL_RETROSPECTIVE_TITLE).matcher("");

        for (Issue issue : snapshot.issues()) {
            boolean ceremony = recordCeremonies(issue, ceremonyTitles, labelPrefix, datesByKind, iterationsByKind,
                    standupRecord);
            if (zero == null && first != null && !kickoffInFirst && issue.iterationId() != null
                    && issue.iterationId() == first.id() && conventions.get(EngineSettings.KICKOFF_ISSUE_TITLE).matcher(issue.title()).find()) {
                kickoffInFirst = true;
            }
            boolean planIssue = communicationPlan.reset(issue.title()).find();
            if (planIssue) {
                planMentionsStandup |= standup != null && issue.description() != null
                        && standup.matcher(issue.description()).find();
            }
            boolean raid = issue.hasAnyLabel(conventions.raidLabels());
            if (raid && issue.isOpen()) {
                anyOpenRaid = true;
                boolean high = issue.hasAnyLabel(conventions.get(EngineSettings.HIGH_PRIORITY_LABELS));
                long days = Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(issue.updatedAt(), ZoneOffset.UTC), today));
                int limit = high ? t.raidHighPriorityStaleDays() : t.raidStaleDays();
                if (days > limit) {
                    stale.add(new Finding(high ? Severity.ERROR : Severity.WARNING,
                            (high ? "High-priority RAID item #" : "RAID item #") + issue.iid() + " '" + issue.title()
                                    + "' last updated " + days + " days ago (limit " + limit + ").", Subject.issue(issue)));
                }
            }
            // records, not work: ceremony records, RAID items, the communication plan, internal retrospectives
            if (!ceremony && !raid && !planIssue && issue.isOpen() && issue.weight() == null && issue.iterationId() != null
                    && !internalRetrospective(issue, internalRetro)) {
                unweightedCandidates.add(issue);
            }
        }
        for (WikiPage page : snapshot.wikiPages()) {
            // Wiki pages are undated ceremony records: only the standup (PSDM-CER-004) can count them.
            if (standup != null && standup.matcher(page.title()).find()) {
                standupRecord[0] = true;
            }
            if (conventions.get(EngineSettings.COMMUNICATION_PLAN_TITLE).matcher(page.title()).find()) {
                if (page.content() == null) {
                    planUnreadable = true;
                } else if (standup != null && standup.matcher(page.content()).find()) {
                    planMentionsStandup = true;
                }
            }
        }
        if (zero == null && kickoffInFirst) {
            zero = first;
        }

        // Iteration numbers, states and how recently each closed.
        int closedTotal = 0;
        for (Iteration it : plan) {
            if (today.isAfter(it.dueDate())) {
                closedTotal++;
            }
        }
        Size size = size(snapshot, plan, zero == null ? plan.size() : plan.size() - 1);

        List<Outcome> out = new ArrayList<>(RULE_IDS.size());
        List<Finding> planning = new ArrayList<>();
        List<Finding> review = new ArrayList<>();
        List<Finding> refinement = new ArrayList<>();
        boolean anyStarted = false;
        boolean anyClosed = false;
        boolean recentRetro = false;
        List<String> recentTitles = new ArrayList<>();
        Map<Long, Iteration> openPlan = new java.util.HashMap<>();
        int closedSeen = 0;
        for (Iteration it : plan) {
            boolean closed = today.isAfter(it.dueDate());
            int closedRank = closed ? closedTotal - closedSeen++ : 0;
            if (!closed) {
                openPlan.put(it.id(), it);
            }
            if (it == zero) {
                continue;
            }
            boolean started = !today.isBefore(it.startDate());
            String name = it.displayName();
            Subject subject = Subject.of("iteration", it.id(), name, it.webUrl());
            String span = name + " (" + it.startDate() + " – " + it.dueDate() + ")";
            if (started) {
                anyStarted = true;
                if (!held(CeremonyKind.PLANNING, it, conventions.get(CeremonySettings.PLANNING_DAYS_BEFORE), datesByKind, iterationsByKind)) {
                    planning.add(new Finding(null, span + " has no iteration planning record dated inside it or in the "
                            + conventions.get(CeremonySettings.PLANNING_DAYS_BEFORE) + " days before it starts.", subject));
                }
            }
            if (closed) {
                anyClosed = true;
                if (!held(CeremonyKind.REVIEW, it, 0, datesByKind, iterationsByKind)) {
                    review.add(new Finding(null, span + " closed without an iteration review or status report.", subject));
                }
                if (!held(CeremonyKind.REFINEMENT, it, 0, datesByKind, iterationsByKind)) {
                    refinement.add(new Finding(null, span + " closed without a backlog refinement record.", subject));
                }
                if (closedRank <= conventions.get(CeremonySettings.RETROSPECTIVE_ITERATIONS)) {
                    recentTitles.add(name);
                    recentRetro |= held(CeremonyKind.RETROSPECTIVE, it, 0, datesByKind, iterationsByKind);
                }
            }
        }
        Subject project = Subject.project(snapshot.project());
        List<String> planData = List.of(DataGap.ITERATIONS, DataGap.ISSUES);
        List<String> issueData = List.of(DataGap.ISSUES);

        Outcome o = preset(snapshot, size, "PSDM-CER-001", planData, LARGE);
        out.add(o != null ? o : anyStarted ? outcome("PSDM-CER-001", planning) : notApplicable("PSDM-CER-001"));

        o = preset(snapshot, size, "PSDM-CER-002", planData, LARGE);
        out.add(o != null ? o : anyClosed ? outcome("PSDM-CER-002", review) : notApplicable("PSDM-CER-002"));

        o = preset(snapshot, size, "PSDM-CER-003", planData, LARGE);
        out.add(o != null ? o : anyClosed ? outcome("PSDM-CER-003", refinement) : notApplicable("PSDM-CER-003"));

        o = preset(snapshot, size, "PSDM-CER-004", issueData, LARGE);
        if (o == null) {
            if (standupRecord[0] || planMentionsStandup) {
                o = new Outcome("PSDM-CER-004", Status.PASS, List.of());
            } else if (planUnreadable || snapshot.gap(DataGap.WIKI).isPresent()) {
                o = new Outcome("PSDM-CER-004", Status.NOT_EVALUATED, List.of());
            } else {
                o = outcome("PSDM-CER-004", List.of(new Finding(null, "No daily standup record, and no communication plan "
                        + "states a standup cadence: agree the cadence with the customer team and record it in the "
                        + "communication plan.", project)));
            }
        }
        out.add(o);

        o = preset(snapshot, size, "PSDM-CER-005", planData, LARGE);
        if (o == null) {
            o = !anyClosed ? notApplicable("PSDM-CER-005")
                    : recentRetro || recentTitles.isEmpty() ? new Outcome("PSDM-CER-005", Status.PASS, List.of())
                    : outcome("PSDM-CER-005", List.of(new Finding(null, "No retrospective record in the last "
                    + recentTitles.size() + " closed iterations (" + String.join(", ", recentTitles) + ").", project)));
        }
        out.add(o);

        o = preset(snapshot, size, "PSDM-CER-006", issueData, SMALL);
        out.add(o != null ? o : weeklyStatus(size, today, datesByKind.get(CeremonyKind.WEEKLY_STATUS)));

        o = preset(snapshot, size, "PSDM-IT0-001", List.of(DataGap.ITERATIONS), ALL);
        if (o == null) {
            o = zero != null ? new Outcome("PSDM-IT0-001", Status.PASS, List.of())
                    : outcome("PSDM-IT0-001", List.of(new Finding(null, "No Iteration 0 before the first delivery iteration ("
                    + (plan.isEmpty() ? "the project has no iterations" : "the plan starts with delivery iteration '"
                    + plan.get(0).displayName() + "'") + "): plan the customer kickoff, stakeholder planning and "
                    + "discovery in an iteration titled 'Iteration 0'.", project)));
        }
        out.add(o);

        o = preset(snapshot, size, "PSDM-RAID-002", issueData, ALL);
        out.add(o != null ? o : anyOpenRaid ? outcome("PSDM-RAID-002", stale) : notApplicable("PSDM-RAID-002"));

        o = preset(snapshot, size, "PSDM-WGT-001", List.of(DataGap.ISSUES, DataGap.ITERATIONS), ALL);
        if (o == null) {
            List<Finding> unweighted = new ArrayList<>();
            Severity severity = size.large ? Severity.WARNING : Severity.INFO;
            for (Issue issue : unweightedCandidates) {
                Iteration it = openPlan.get(issue.iterationId());
                if (it != null) {
                    unweighted.add(new Finding(severity, "Issue #" + issue.iid() + " '" + issue.title() + "' is planned in "
                            + it.displayName() + " but has no weight.", Subject.issue(issue)));
                }
            }
            o = outcome("PSDM-WGT-001", unweighted);
        }
        out.add(o);
        return out;
    }

    /** Records the issue's ceremonies; true when it is a ceremony record of any kind. */
    private static boolean recordCeremonies(Issue issue, Matcher[] titles, String labelPrefix,
                                            Map<CeremonyKind, NavigableSet<LocalDate>> dates,
                                            Map<CeremonyKind, Set<Long>> iterations, boolean[] standupRecord) {
        int labelled = 0; // bit per kind: the issue carries the label <prefix><kind>
        for (String label : issue.labels()) {
            if (label.length() > labelPrefix.length() && label.regionMatches(true, 0, labelPrefix, 0, labelPrefix.length())) {
                String kindKey = label.substring(labelPrefix.length());
                for (CeremonyKind kind : KINDS) {
                    if (kindKey.equalsIgnoreCase(kind.key())) {
                        labelled |= 1 << kind.ordinal();
                    }
                }
            }
        }
        boolean any = false;
        for (CeremonyKind kind : KINDS) {
            Matcher title = titles[kind.ordinal()];
            if ((labelled & (1 << kind.ordinal())) != 0 || (title != null && title.reset(issue.title()).find())) {
                any = true;
                dates.get(kind).add(issue.dueDate() != null ? issue.dueDate()
                        : LocalDate.ofInstant(issue.createdAt(), ZoneOffset.UTC));
                if (issue.iterationId() != null) {
                    iterations.get(kind).add(issue.iterationId());
                }
                if (kind == CeremonyKind.STANDUP) {
                    standupRecord[0] = true;
                }
            }
        }
        return any;
    }

    private boolean internalRetrospective(Issue issue, Matcher title) {
        return title.reset(issue.title()).find() || issue.hasAnyLabel(conventions.internalRetrospectiveLabels());
    }

    private static boolean held(CeremonyKind kind, Iteration it, int daysBefore,
                                Map<CeremonyKind, NavigableSet<LocalDate>> dates, Map<CeremonyKind, Set<Long>> iterations) {
        if (iterations.get(kind).contains(it.id())) {
            return true;
        }
        LocalDate from = dates.get(kind).ceiling(it.startDate().minusDays(daysBefore));
        return from != null && !from.isAfter(it.dueDate());
    }

    private Outcome weeklyStatus(Size size, LocalDate today, NavigableSet<LocalDate> statusDates) {
        if (size.spanStart == null) {
            return notApplicable("PSDM-CER-006");
        }
        List<Finding> missing = new ArrayList<>();
        boolean anyWeek = false;
        for (LocalDate start = size.spanStart; ; start = start.plusDays(7)) {
            LocalDate end = start.plusDays(6);
            if (end.isAfter(size.spanEnd) || !end.isBefore(today)) {
                break;
            }
            anyWeek = true;
            LocalDate found = statusDates.ceiling(start);
            if (found == null || found.isAfter(end)) {
                missing.add(new Finding(null, "No weekly status or status report dated in the week " + start + " – " + end + ".",
                        new Subject("period", null, null, "week " + start + " – " + end, null)));
            }
        }
        return anyWeek ? outcome("PSDM-CER-006", missing) : notApplicable("PSDM-CER-006");
    }

    private Iteration titledIterationZero(List<Iteration> plan) {
        if (plan.isEmpty()) {
            return null;
        }
        for (Iteration it : plan) {
            if (!it.startDate().equals(plan.get(0).startDate())) {
                break;
            }
            if (it.title() != null && conventions.get(EngineSettings.ITERATION_ZERO_TITLE).matcher(it.title()).find()) {
                return it;
            }
        }
        return null;
    }

    /** Handbook "Guidelines for PSDM": LARGE beyond 5 delivery iterations or a planned span over two months. */
    private record Size(boolean large, LocalDate spanStart, LocalDate spanEnd) {
    }

    private Size size(Snapshot snapshot, List<Iteration> plan, int deliveryIterations) {
        LocalDate start = null;
        LocalDate end = null;
        if (!plan.isEmpty()) {
            for (Iteration it : plan) {
                start = min(start, it.startDate());
                end = max(end, it.dueDate());
            }
        } else {
            for (Milestone m : snapshot.milestones()) {
                start = min(start, m.startDate() != null ? m.startDate() : m.dueDate());
                end = max(end, m.dueDate());
            }
            if (start == null || end == null) {
                start = null;
                end = null;
                for (Issue issue : snapshot.issues()) {
                    start = min(start, issue.dueDate());
                    end = max(end, issue.dueDate());
                }
            }
            if (start == null || end == null) {
                start = null;
                end = null;
            }
        }
        boolean large = deliveryIterations > t.maxSmallIterations()
                || (start != null && end.isAfter(start.plusMonths(t.maxSmallSpanMonths())));
        return new Size(large, start, end);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static final int ALL = 0;
    private static final int LARGE = 1;
    private static final int SMALL = 2;

    /** NOT_EVALUATED for a data gap (checked first: without the data even the size may be wrong), NOT_APPLICABLE by size. */
    private static Outcome preset(Snapshot snapshot, Size size, String id, List<String> requires, int appliesTo) {
        for (String resource : requires) {
            if (snapshot.gap(resource).isPresent()) {
                return new Outcome(id, Status.NOT_EVALUATED, List.of());
            }
        }
        if ((appliesTo == LARGE && !size.large) || (appliesTo == SMALL && size.large)) {
            return notApplicable(id);
        }
        return null;
    }

    private static Outcome notApplicable(String id) {
        return new Outcome(id, Status.NOT_APPLICABLE, List.of());
    }

    /** The rules' default severities (their DRL {@code @severity}), for findings that do not set their own. */
    private static final Map<String, Severity> DEFAULT_SEVERITY = Map.of("PSDM-CER-001", Severity.WARNING,
            "PSDM-CER-002", Severity.WARNING, "PSDM-CER-003", Severity.WARNING, "PSDM-CER-004", Severity.INFO,
            "PSDM-CER-005", Severity.WARNING, "PSDM-CER-006", Severity.WARNING, "PSDM-IT0-001", Severity.ERROR,
            "PSDM-RAID-002", Severity.WARNING, "PSDM-WGT-001", Severity.WARNING);

    private static Outcome outcome(String id, List<Finding> findings) {
        if (findings.isEmpty()) {
            return new Outcome(id, Status.PASS, List.of());
        }
        List<Finding> sorted = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            sorted.add(f.severity() != null ? f : new Finding(DEFAULT_SEVERITY.get(id), f.message(), f.subject()));
        }
        sorted.sort(Finding.ORDER);
        return new Outcome(id, Status.FAIL, sorted);
    }
}
