package dev.psdm.rules.catalog.activities;

import org.apiguardian.api.API;

/** Activities the handbook expects a record of, grouped by when they happen. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0") // custom DRL matches it (issue 28 item 9); the rest of the package is INTERNAL
public enum ActivityGroup {
    /** Handbook "Iteration 0": customer kickoff, stakeholder planning, discovery sessions. */
    ITERATION_ZERO,
    /** Handbook "RAID &amp; Internal/Customer Retrospective": internal retrospective tracking. */
    INTERNAL_RETROSPECTIVE,
    /** Post-sales workflow "4. Customer Success": retrospective, go-live/recap document, support handoff. */
    CLOSEOUT
}
