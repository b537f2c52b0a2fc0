package dev.psdm.cli;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.PublishSettings;
import dev.psdm.gitlab.publish.PostureLabels;
import dev.psdm.report.RuleDescriptor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a publish does, decided once (issue 30: "assignee and confidentiality configurable in .psdm.yml", reminders
 * "opt-in per rule in .psdm.yml"): each option given on the command line, else the conventions' {@code publish.*}
 * key, else that key's default, which is what the options defaulted to before the file had the keys.
 *
 * @param issueTitle      the title of a new compliance issue
 * @param assignee        whom a new compliance issue is assigned to (a username without {@code @}), or null
 * @param confidential    whether a new compliance issue is confidential
 * @param labels          the posture labels
 * @param remind          the rules whose findings get reminders
 * @param remindEveryDays no reminder of the same rule on an issue again within this many days
 * @param maxNotes        at most this many reminders a run
 * @param maxNotesFrom    where {@code maxNotes} came from, as the reminder summary names it (see {@link #capOrigin})
 * @param pm              whom a reminder mentions when the offending issue has no assignee, or null
 */
record PublishConfig(String issueTitle, String assignee, boolean confidential, PostureLabels labels,
                     Set<String> remind, int remindEveryDays, int maxNotes, String maxNotesFrom, String pm) {

    PublishConfig {
        remind = Set.copyOf(remind);
    }

    static PublishConfig of(PublishOptions options, Conventions conventions) {
        if (options.remindEveryDays != null && options.remindEveryDays < 0
                || options.maxNotes != null && options.maxNotes < 0) {
            throw new UserError("--remind-every and --max-notes must not be negative");
        }
        List<String> fileLabels = conventions.get(PublishSettings.POSTURE_LABELS);
        int maxNotes = options.maxNotes != null ? options.maxNotes : conventions.get(PublishSettings.MAX_NOTES);
        Set<String> remind = new LinkedHashSet<>();
        options.remind.stream().map(String::strip).filter(id -> !id.isEmpty()).forEach(remind::add);
        return new PublishConfig(
                options.issueTitle != null ? options.issueTitle : conventions.get(PublishSettings.ISSUE_TITLE),
                username(options.assignee != null ? options.assignee : conventions.get(PublishSettings.ASSIGNEE)),
                options.confidential != null ? options.confidential : conventions.get(PublishSettings.CONFIDENTIAL),
                options.postureLabels != null ? labels(options.postureLabels)
                        : new PostureLabels(fileLabels.get(0), fileLabels.get(1), fileLabels.get(2)),
                remind.isEmpty() ? Set.copyOf(conventions.get(PublishSettings.REMIND)) : remind,
                options.remindEveryDays != null ? options.remindEveryDays : conventions.get(PublishSettings.REMIND_EVERY_DAYS),
                maxNotes, capOrigin(options, conventions, maxNotes),
                username(options.pm != null ? options.pm : conventions.get(PublishSettings.PM)));
    }

    /**
     * The cap's origin in the words a user would change it with: "--max-notes 3", "publish.maxNotes: 3 in team.yml",
     * or the default. A summary that said "--max-notes 50" when the file set it sent the reader to an option never
     * given.
     */
    static String capOrigin(PublishOptions options, Conventions conventions, int maxNotes) {
        if (options.maxNotes != null) {
            return "--max-notes " + maxNotes;
        }
        String file = conventions.source().file();
        if (file != null && conventions.source().lines().containsKey(PublishSettings.MAX_NOTES.path())) {
            return PublishSettings.MAX_NOTES.path() + ": " + maxNotes + " in " + file;
        }
        return "the default cap of " + maxNotes + " (--max-notes or " + PublishSettings.MAX_NOTES.path() + " sets it)";
    }

    /** {@code --posture-labels}, refused in one line before anything is read when it is not three labels. */
    static PostureLabels labels(String commaSeparated) {
        try {
            return PostureLabels.parse(commaSeparated);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /**
     * Refuses a {@code --remind} rule the engine does not have: a typo would remind of nothing, silently. The file's
     * rules were checked with their line when the engine was built.
     */
    void requireRules(List<RuleDescriptor> rules) {
        Set<String> known = new java.util.HashSet<>();
        rules.forEach(r -> known.add(r.id()));
        for (String id : remind) {
            if (!known.contains(id)) {
                throw new UserError("--remind: unknown rule id '" + id + "' (psdm rules lists the ids)");
            }
        }
    }

    private static String username(String value) {
        String name = value.strip().replaceFirst("^@", "");
        return name.isEmpty() ? null : name;
    }
}
