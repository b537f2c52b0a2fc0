package dev.psdm.engine.conventions;

import java.util.List;

/**
 * The settings of {@code psdm publish} (issue 30, docs/publish.md): the compliance issue's title, assignee,
 * confidentiality and posture labels, and the reminders a team opts in to per rule. Declared like a rule family's,
 * in psdm-engine's {@code META-INF/services/dev.psdm.engine.conventions.RuleSettings}, so the strict reader,
 * {@code psdm config --print-defaults} and docs/conventions.md know them; the engine itself never reads them,
 * except to refuse a reminded rule id it does not have. {@code psdm publish}'s options win over these keys.
 */
public final class PublishSettings implements RuleSettings {
    public static final Setting<String> ISSUE_TITLE = Setting.text("publish.issueTitle", "PSDM compliance",
            "Title of a new compliance issue; an existing one keeps the title the team gave it (--issue-title).");
    public static final Setting<String> ASSIGNEE = Setting.username("publish.assignee",
            "Assign a new compliance issue to this GitLab user; '' for nobody (--assignee).");
    public static final Setting<Boolean> CONFIDENTIAL = Setting.flag("publish.confidential", false,
            "Make a new compliance issue confidential (--confidential / --no-confidential).");
    public static final Setting<List<String>> POSTURE_LABELS = Setting.labelsFor("publish.postureLabels",
            List.of("compliant", "at risk", "failing"), List.of("PSDM::compliant", "PSDM::at risk", "PSDM::failing"),
            "The labels that show the posture, in this order: compliant, at risk, failing; psdm sets one and removes\n"
                    + "the other two (--posture-labels).");
    public static final Setting<List<String>> REMIND = Setting.ruleIds("publish.remind",
            "Rules whose findings get a reminder note on the offending issue (opt-in per rule), e.g. ['PSDM-RAID-002']\n"
                    + "(--remind replaces this list).");
    public static final Setting<Integer> REMIND_EVERY_DAYS = Setting.wholeNumber("publish.remindEveryDays", 7, 0,
            "An issue reminded of a rule is not reminded of it again within this many days (--remind-every).");
    public static final Setting<Integer> MAX_NOTES = Setting.wholeNumber("publish.maxNotes", 20, 0,
            "At most this many reminder notes a run; the rest wait for the next run (--max-notes).");
    public static final Setting<String> PM = Setting.username("publish.pm",
            "Whom a reminder mentions when the offending issue has no assignee; '' for nobody (--pm).");

    @Override
    public List<Setting<?>> settings() {
        return List.of(ISSUE_TITLE, ASSIGNEE, CONFIDENTIAL, POSTURE_LABELS, REMIND, REMIND_EVERY_DAYS, MAX_NOTES, PM);
    }
}
