package dev.psdm.gitlab;

/**
 * Told about each page read, from the fetching threads (implementations must be thread-safe).
 * The CLI prints it on stderr when stderr is a terminal.
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

    /** Reports nothing. */
    static FetchProgress none() {
        return (resource, page, totalPages, itemsSoFar) -> { };
    }
}
