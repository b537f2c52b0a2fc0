package dev.psdm.gitlab;

/**
 * Told about each page read, from the fetching threads (implementations must be thread-safe).
 * The CLI prints each page on stderr when stderr is a terminal, and one line per resource when it is
 * not (a CI log), unless {@code --quiet}.
 */
@FunctionalInterface
public interface FetchProgress {
    /**
     * @param resource   {@code issues}, {@code iterations}, ... (the {@link dev.psdm.model.DataGap} names)
     * @param page       the page just read, from 1
     * @param totalPages GitLab's {@code X-Total-Pages}, or 0 when GitLab did not send it (over 10,000 items)
     * @param itemsSoFar items of this resource read so far
     */
    void pageRead(String resource, int page, int totalPages, int itemsSoFar);

    /**
     * A resource is read (or became a data gap); once per resource, in the order they finish.
     *
     * @param records records GitLab sent (before unusable ones are skipped); 0 for a gap
     * @param pages   requests it took, GraphQL included; 0 for a gap known without asking
     * @param gap     the data gap's reason, or null when the resource was read
     */
    default void resourceRead(String resource, int records, int pages, String gap) {
    }

    /** Reports nothing. */
    static FetchProgress none() {
        return (resource, page, totalPages, itemsSoFar) -> { };
    }
}
