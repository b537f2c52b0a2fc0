package dev.psdm.engine.internal;

import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.model.Issue;
import dev.psdm.model.WikiPage;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.engine.facts.CeremonyRecord;
import dev.psdm.report.Subject;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises ceremony records: an issue or wiki page titled like a ceremony kind, or an issue carrying
 * its {@code ceremony::<kind>} label. Every issue is tried against every kind, so this is the hot loop
 * of a large snapshot: one reused {@link Regexes.Finder} per kind instead of a new matcher per issue and kind
 * (a finder also skips the matcher for titles without the kind's required literal), and one walk over an
 * issue's labels. Serves one evaluation on one thread.
 */
final class CeremonyMatcher {
    private static final CeremonyKind[] KINDS = CeremonyKind.values();

    private final Conventions conventions;
    private final Regexes.Finder[] titleFinders = new Regexes.Finder[KINDS.length];
    private final String labelPrefix;
    private final boolean[] labelled = new boolean[KINDS.length];

    CeremonyMatcher(Conventions conventions) {
        this.conventions = conventions;
        for (CeremonyKind kind : KINDS) {
            Pattern pattern = conventions.get(EngineSettings.ceremonyTitle(kind));
            titleFinders[kind.ordinal()] = pattern == null ? null : Regexes.finder(pattern);
        }
        this.labelPrefix = conventions.get(EngineSettings.CEREMONY_LABEL_PREFIX);
    }

    /** Adds the issue's records, one per kind it is a record of; true when there is one. */
    boolean collect(Issue issue, List<CeremonyRecord> out) {
        boolean anyLabel = ceremonyLabels(issue);
        boolean any = false;
        for (CeremonyKind kind : KINDS) {
            if (matches(titleFinders[kind.ordinal()], issue.title()) || (anyLabel && labelled[kind.ordinal()])) {
                out.add(new CeremonyRecord(kind, Derivation.dateOf(issue),
                        Derivation.planPeriodOf(issue, conventions), Subject.issue(issue)));
                any = true;
            }
        }
        return any;
    }

    /** Adds the wiki page's records (by title; pages carry no labels and no date). */
    void collect(WikiPage page, List<CeremonyRecord> out) {
        for (CeremonyKind kind : KINDS) {
            if (matches(titleFinders[kind.ordinal()], page.title())) {
                out.add(new CeremonyRecord(kind, null, null, Derivation.wikiSubject(page)));
            }
        }
    }

    /**
     * Marks in {@code labelled} the kinds whose label {@code <prefix><kind>} the issue carries (names compare
     * case-insensitively, as {@link Issue#hasLabel} does); false when it carries none.
     */
    private boolean ceremonyLabels(Issue issue) {
        boolean any = false;
        List<String> labels = issue.labels();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label.length() <= labelPrefix.length() || !label.regionMatches(true, 0, labelPrefix, 0, labelPrefix.length())) {
                continue;
            }
            for (CeremonyKind kind : KINDS) {
                String key = kind.key();
                if (label.length() == labelPrefix.length() + key.length()
                        && label.regionMatches(true, labelPrefix.length(), key, 0, key.length())) {
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

    private static boolean matches(Regexes.Finder finder, String title) {
        return finder != null && title != null && finder.find(title);
    }
}
