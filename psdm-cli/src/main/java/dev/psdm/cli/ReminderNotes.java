package dev.psdm.cli;

import dev.psdm.gitlab.publish.Reminder;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import dev.psdm.report.Finding;
import dev.psdm.report.Report;
import dev.psdm.report.RuleHelp;
import dev.psdm.report.RuleResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reminders of a report (issue 30 item 2): for each rule the team opted in with {@code --remind}, one per
 * finding that counts (neither waived nor baselined) on an issue, mentioning its first assignee (or
 * {@code --pm}), with the finding, how to fix it and the quick actions to paste.
 */
final class ReminderNotes {
    private ReminderNotes() {
    }

    static List<Reminder> of(Report report, Snapshot snapshot, Set<String> rules, String pm) {
        Map<Long, Issue> issues = new HashMap<>();
        snapshot.issues().forEach(i -> issues.put(i.iid(), i));
        List<Reminder> reminders = new ArrayList<>();
        for (RuleResult result : report.results()) {
            if (!rules.contains(result.ruleId()) || !result.failed()) {
                continue;
            }
            RuleHelp help = result.helpOrNone();
            for (Finding finding : result.findings()) {
                Long iid = finding.subject().iid();
                if (!finding.counts() || !"issue".equals(finding.subject().type()) || iid == null) {
                    continue;
                }
                Issue issue = issues.get(iid);
                String who = issue != null && !issue.assignees().isEmpty() ? issue.assignees().get(0) : pm;
                StringBuilder text = new StringBuilder();
                if (who != null) {
                    text.append('@').append(who.replaceFirst("^@", "")).append(' ');
                }
                text.append("**").append(result.ruleId()).append("** ").append(result.title()).append(": ")
                        .append(inert(finding.message().strip()));
                if (help.howToFix() != null) {
                    text.append("\n\nHow to fix: ").append(help.howToFix().strip());
                }
                if (!help.quickActions().isEmpty()) {
                    text.append("\n\nQuick action to paste in a comment:\n\n```\n")
                            .append(String.join("\n", help.quickActions())).append("\n```");
                }
                reminders.add(new Reminder(iid, result.ruleId(), text.toString()));
            }
        }
        return reminders;
    }

    /**
     * A finding's message quotes issue titles, which anyone can write: in a note it must not ping
     * ({@code @all}: a zero-width joiner after the {@code @}), open HTML (a forged reminder marker), code or
     * a new line.
     */
    static String inert(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;"); // not even escaped: the raw text must hold no marker
                case '>' -> out.append("&gt;");
                case '`', '\\', '[', ']' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                case '@' -> out.append("@\u200D");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
