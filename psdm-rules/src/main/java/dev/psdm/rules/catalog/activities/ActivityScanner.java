package dev.psdm.rules.catalog.activities;

import dev.psdm.engine.derive.Derivation;
import dev.psdm.model.Issue;
import dev.psdm.model.WikiPage;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.report.Subject;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the record of each activity the conventions expect (Iteration 0, internal retrospective,
 * closeout) in one pass over the issues (the derivation's second, {@link Scan}) and one over the wiki
 * pages, stopping to look for an activity once it is found.
 */
final class ActivityScanner {
    private final Conventions conventions;

    private final Regexes.Finder internalRetrospectiveTitle;

    ActivityScanner(Conventions conventions) {
        this.conventions = conventions;
        this.internalRetrospectiveTitle = Regexes.finder(conventions.get(EngineSettings.INTERNAL_RETROSPECTIVE_TITLE));
    }

    /**
     * One activity being looked for: an issue that {@code records} it is its record, if it falls in the activity's
     * window (Iteration 0's; none for the others). While the activity is missing the scan tests every issue
     * anyway, so it keeps the issue of lowest iid that records it outside the window: the near miss its evidence
     * names, which would otherwise cost a second pass over every title (issue 29 item 4).
     */
    private static final class Search {
        final ActivityGroup group;
        final String name;
        final Predicate<Issue> records;
        final @Nullable Predicate<Issue> window;
        final Pattern wikiTitle;
        Subject evidence;
        Issue nearMiss;

        Search(ActivityGroup group, String name, Predicate<Issue> records, @Nullable Predicate<Issue> window,
               Pattern wikiTitle) {
            this.group = group;
            this.name = name;
            this.records = records;
            this.window = window;
            this.wikiTitle = wikiTitle;
        }

        void see(Issue issue) {
            if (!records.test(issue)) {
                return;
            }
            if (window == null || window.test(issue)) {
                evidence = Subject.issue(issue);
            } else if (nearMiss == null || issue.iid() < nearMiss.iid()) {
                nearMiss = issue;
            }
        }
    }

    /**
     * A scan fed one issue at a time, so that the derivation's last pass over the issues can do it
     * alongside the placement (docs/PERFORMANCE.md).
     */
    Scan start(DeliveryIteration iterationZero) {
        List<Search> searches = new ArrayList<>();
        if (iterationZero != null) {
            // "Iteration 0 includes the initial discovery and planning": a record planned in Iteration 0,
            // or dated before it ends (the kickoff is often prepared before Iteration 0 formally starts).
            Predicate<Issue> inIterationZero = issue -> iterationZero.id() == periodIdOf(issue)
                    || !Derivation.dateOf(issue).isAfter(iterationZero.due());
            add(searches, ActivityGroup.ITERATION_ZERO, conventions.get(ActivitySettings.ITERATION_ZERO), inIterationZero);
        }
        searches.add(new Search(ActivityGroup.INTERNAL_RETROSPECTIVE, "internal retrospective",
                this::isInternalRetrospective, null, conventions.get(EngineSettings.INTERNAL_RETROSPECTIVE_TITLE)));
        add(searches, ActivityGroup.CLOSEOUT, conventions.get(ActivitySettings.CLOSEOUT), null);
        return new Scan(searches);
    }

    /** The activities being looked for; the first issue (then wiki page) that records one is its evidence. */
    static final class Scan {
        private final List<Search> searches;

        private Scan(List<Search> searches) {
            this.searches = searches;
        }

        void see(Issue issue) {
            for (int i = 0; i < searches.size(); i++) {
                Search s = searches.get(i);
                if (s.evidence == null) {
                    s.see(issue);
                }
            }
        }

        List<ExpectedActivity> finish(List<WikiPage> wikiPages) {
            for (WikiPage page : wikiPages) {
                for (Search s : searches) {
                    if (s.evidence == null && Regexes.find(s.wikiTitle, page.title())) {
                        s.evidence = Derivation.wikiSubject(page);
                    }
                }
            }
            return searches.stream().map(s -> new ExpectedActivity(s.group, s.name, s.evidence,
                    s.evidence == null ? s.nearMiss : null)).toList();
        }
    }

    /**
     * One reused {@link Regexes.Finder} per activity: an activity nobody recorded is looked for in every issue,
     * and a new matcher per issue was most of a 100k-issue evaluation's garbage (docs/PERFORMANCE.md).
     * A scanner serves one evaluation on one thread.
     */
    private static void add(List<Search> searches, ActivityGroup group, Map<String, Pattern> activities,
                            @Nullable Predicate<Issue> window) {
        activities.forEach((name, title) -> {
            Regexes.Finder finder = Regexes.finder(title);
            searches.add(new Search(group, name, issue -> finder.find(issue.title()), window, title));
        });
    }

    /** Titled like an internal retrospective, or carrying one of its labels. */
    boolean isInternalRetrospective(Issue issue) {
        return internalRetrospectiveTitle.find(issue.title()) || issue.hasAnyLabel(conventions.internalRetrospectiveLabels());
    }

    private long periodIdOf(Issue issue) {
        Long id = Derivation.planPeriodOf(issue, conventions);
        return id == null ? Long.MIN_VALUE : id;
    }
}
