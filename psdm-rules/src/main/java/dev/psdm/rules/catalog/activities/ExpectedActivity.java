package dev.psdm.rules.catalog.activities;

import org.apiguardian.api.API;

import dev.psdm.model.Issue;
import dev.psdm.report.Subject;
import org.jspecify.annotations.Nullable;

/**
 * An activity the handbook expects to find recorded in the project (an issue or wiki page titled or
 * labelled for it), with the first record found. Derived once per configured activity, so a rule
 * asks {@code ExpectedActivity(group == ActivityGroup.CLOSEOUT, !recorded)} instead of scanning issues.
 *
 * @param name     the activity as the conventions name it ("customer kickoff", "support handoff")
 * @param evidence the first record found, or null
 * @param nearMiss for a missing activity that must fall in a window (Iteration 0's), the issue of lowest iid
 *                 titled like it but outside the window, or null: found by the same scan, for the evidence
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0") // custom DRL matches it (issue 28 item 9); the rest of the package is INTERNAL
public record ExpectedActivity(ActivityGroup group, String name, @Nullable Subject evidence, @Nullable Issue nearMiss) {

    /** An activity without a near miss: recorded, or with no window to fall outside of. */
    public ExpectedActivity(ActivityGroup group, String name, @Nullable Subject evidence) {
        this(group, name, evidence, null);
    }

    public boolean isRecorded() {
        return evidence != null;
    }

    /** The activity itself, so a finding (and a waiver) can name exactly what is missing. */
    public Subject subject() {
        return new Subject("activity", null, null, name, null);
    }
}
