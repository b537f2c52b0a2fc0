package dev.psdm.report;

/**
 * How a finding compares with the baseline the check ran against ({@code psdm check --baseline}).
 * Findings of a check without a baseline have no state. Findings in the baseline that no longer
 * occur are reported as {@link Notice.Kind#BASELINE_FIXED} notices (SARIF's {@code absent}).
 */
public enum BaselineState {
    /** Not in the baseline: a new deviation, which counts toward {@code --fail-on}. */
    NEW,
    /** Recorded in the baseline: a known deviation, still shown but not counted toward {@code --fail-on}. */
    UNCHANGED
}
