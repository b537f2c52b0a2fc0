package dev.psdm.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking every collaboration project of a group: one entry per project, with its
 * report, or why it could not be read. Rendered in every output format by
 * {@link dev.psdm.report.format.PortfolioWriter}.
 *
 * @param gitlabUrl the GitLab instance
 * @param group     the group's full path (or id) as given
 * @param scannedAt when the scan started
 * @param projects  by project path
 */
public record PortfolioReport(@Nullable String gitlabUrl, String group, @Nullable Instant scannedAt,
                              List<Entry> projects) {

    public PortfolioReport {
        Objects.requireNonNull(group, "group");
        projects = List.copyOf(projects);
    }

    /**
     * One project of the group.
     *
     * @param path   the project's full path
     * @param webUrl a link to it, when known
     * @param report its report, or null when it could not be read or checked
     * @param error  why it could not be, one line (null when {@code report} is there)
     */
    public record Entry(String path, @Nullable String webUrl, @Nullable Report report, @Nullable String error) {
        public Entry {
            Objects.requireNonNull(path, "path");
            if ((report == null) == (error == null)) {
                throw new IllegalArgumentException("an entry has a report or an error, not both or neither");
            }
        }

        public static Entry checked(String path, @Nullable String webUrl, Report report) {
            return new Entry(path, webUrl, Objects.requireNonNull(report, "report"), null);
        }

        public static Entry notLoaded(String path, @Nullable String webUrl, String error) {
            return new Entry(path, webUrl, null, Objects.requireNonNull(error, "error"));
        }

        public boolean loaded() {
            return report != null;
        }

        /** The highest severity among the project's failing rules, or null when none fails (or it was not read). */
        public @Nullable Severity highestFailure() {
            if (report == null) {
                return null;
            }
            Severity highest = null;
            for (RuleResult r : report.results()) {
                if (r.failed() && (highest == null || r.severity().isAtLeast(highest))) {
                    highest = r.severity();
                }
            }
            return highest;
        }
    }

    /** A copy whose project reports are judged at this threshold ({@code --fail-on}), as the exit code is. */
    public PortfolioReport gatedAt(FailOn failOn) {
        return new PortfolioReport(gitlabUrl, group, scannedAt, projects.stream()
                .map(e -> e.report() == null ? e : Entry.checked(e.path(), e.webUrl(), e.report().gatedAt(failOn)))
                .toList());
    }

    /** Projects checked. */
    public int checked() {
        return (int) projects.stream().filter(Entry::loaded).count();
    }

    /** Projects that could not be read or checked. */
    public int notLoaded() {
        return projects.size() - checked();
    }

    /** True when a checked project has a failing rule at or above the severity. */
    public boolean hasFailureAtOrAbove(Severity threshold) {
        return projects.stream().anyMatch(e -> e.loaded() && e.report().hasFailureAtOrAbove(threshold));
    }
}
