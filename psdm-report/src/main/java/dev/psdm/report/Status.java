package dev.psdm.report;

/** The outcome of one rule for one project. */
public enum Status {
    /** The requirement holds. */
    PASS,
    /** The requirement does not hold; the result carries one finding per offending subject. */
    FAIL,
    /** The requirement does not apply to this project (e.g. a large-project ceremony on a small project). */
    NOT_APPLICABLE,
    /** The snapshot lacks the data to decide (no permission, feature not licensed, ...). Never a pass. */
    NOT_EVALUATED,
    /**
     * The requirement does not hold, but the team waived every finding in {@code .psdm.yml}: shown with
     * the waivers' reasons, never fails the build. A rule with some findings waived stays {@link #FAIL}.
     */
    WAIVED
}
