package dev.psdm.rules.catalog.activities;

/** Activities the handbook expects a record of, grouped by when they happen. */
public enum ActivityGroup {
    /** Handbook "Iteration 0": customer kickoff, stakeholder planning, discovery sessions. */
    ITERATION_ZERO,
    /** Handbook "RAID &amp; Internal/Customer Retrospective": internal retrospective tracking. */
    INTERNAL_RETROSPECTIVE,
    /** Post-sales workflow "4. Customer Success": retrospective, go-live/recap document, support handoff. */
    CLOSEOUT
}
