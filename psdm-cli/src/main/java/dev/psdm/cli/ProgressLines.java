package dev.psdm.cli;

import dev.psdm.gitlab.FetchProgress;

import java.io.PrintWriter;

/**
 * Progress of a GitLab fetch on stderr. On a terminal a line per page, as it comes; elsewhere (a CI
 * job's log, where a long fetch would otherwise print nothing until it ends) one plain line per
 * resource when it is read. {@code --quiet} prints neither.
 */
final class ProgressLines {
    private ProgressLines() {
    }

    static FetchProgress to(PrintWriter err, boolean terminal, boolean quiet) {
        if (quiet) {
            return FetchProgress.none();
        }
        if (terminal) {
            return (resource, page, totalPages, items) -> say(err, "psdm: reading " + resource + ": page " + page
                    + (totalPages > 0 ? "/" + totalPages : "") + ", " + items + " so far");
        }
        return new FetchProgress() {
            @Override
            public void pageRead(String resource, int page, int totalPages, int itemsSoFar) {
            }

            @Override
            public void resourceRead(String resource, int records, int pages, String gap) {
                say(err, gap != null ? "psdm: " + resource + ": not read, a data gap"
                        : "psdm: read " + resource + ": " + records + (records == 1 ? " record" : " records") + " in "
                        + pages + (pages == 1 ? " request" : " requests"));
            }
        };
    }

    /** Whether stderr is a terminal: the JVM has a console only when both standard streams are one. */
    static boolean stderrIsTerminal() {
        return System.console() != null;
    }

    static void say(PrintWriter err, String line) {
        synchronized (err) {
            err.println(dev.psdm.report.format.InertText.terminal(line));
            err.flush();
        }
    }
}
