package dev.psdm.model;

/**
 * Something the snapshot could not read, and why. Rules that need that data report NOT_EVALUATED
 * rather than passing for lack of data.
 *
 * @param resource what is missing: one of the {@code RESOURCE_*} names
 * @param reason   for people, e.g. "403 Forbidden: epics need GitLab Premium"
 */
public record DataGap(String resource, String reason) {
    public static final String ISSUES = "issues";
    public static final String ITERATIONS = "iterations";
    public static final String MILESTONES = "milestones";
    public static final String LABELS = "labels";
    public static final String EPICS = "epics";
    public static final String BOARDS = "boards";
    public static final String WIKI = "wiki";
    /**
     * The issues were read, but GitLab sent no {@code weight} key on any of them: the instance has no
     * weights (GitLab Free). Not the same as {@code "weight": null}, which is an unweighted issue.
     */
    public static final String WEIGHTS = "weights";

    public DataGap {
        Lists.required(resource, "resource");
        Lists.required(reason, "reason");
    }
}
