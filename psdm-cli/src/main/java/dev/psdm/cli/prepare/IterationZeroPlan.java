package dev.psdm.cli.prepare;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.Regexes;
import dev.psdm.gitlab.publish.PreparedIssue;
import dev.psdm.gitlab.publish.PreparedLabel;
import dev.psdm.model.Issue;
import dev.psdm.model.Label;
import dev.psdm.model.Snapshot;
import dev.psdm.rules.catalog.activities.ActivitySettings;
import dev.psdm.rules.catalog.labels.LabelSettings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A new project's Iteration 0 ({@code psdm prepare --iteration-0}, issue 30 item 4): the records the handbook's
 * Iteration 0 holds (EM>PS delivery transition, stakeholder planning, customer kickoff, discovery) and the initial
 * risks in the RAID log, in Iteration 0 when the plan has one; and the labels the CP automation names (SOW/PO,
 * PM name, the PSD Workflow board) with the RAID and internal-retrospective labels. A record the team already
 * keeps (an issue titled like the activity; any RAID item) is left alone. Every prepared title must be one the
 * rules recognise as its activity ({@code iterationZero.activities}), or the prepare stops before writing.
 */
public final class IterationZeroPlan {
    /** The records, in the order of the handbook's list, with the activity each stands for. */
    private static final List<String[]> RECORDS = List.of(
            new String[] {"em-ps-transition", "EM>PS delivery transition", "(?i)transition"},
            new String[] {"stakeholder-planning", "stakeholder planning", null},
            new String[] {"customer-kickoff", "customer kickoff", null},
            new String[] {"discovery", "discovery", null});

    private IterationZeroPlan() {
    }

    /**
     * @param sow           the SOW or PO label to create ({@code SOW-1234}), or null
     * @param pmName        the PM's name for the {@code PM::<name>} label, or null
     * @param workflowStates the board's states, each becoming {@code <labels.workflowPrefix><state>}
     */
    public static Plan of(Snapshot snapshot, Conventions conventions, Templates templates, String sow, String pmName,
                          List<String> workflowStates) {
        PlanCalendar calendar = PlanCalendar.of(snapshot, conventions);
        Optional<PlanCalendar.Period> zero = calendar.iterationZero();
        ExistingRecords existing = new ExistingRecords(snapshot, conventions);
        Map<String, Pattern> activities = conventions.get(ActivitySettings.ITERATION_ZERO);
        List<PreparedIssue> records = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (zero.isEmpty()) {
            notes.add("the plan has no Iteration 0 (PSDM-IT0-001): the records are created without an iteration or due"
                    + " date; assign them when Iteration 0 exists");
        }
        PlanCalendar.Period period = zero.orElse(null);
        List<String> titles = new ArrayList<>();
        for (String[] r : RECORDS) {
            LocalDate day = period == null ? null : r[0].equals("discovery") ? period.due() : period.start();
            Templates.Filled filled = templates.fill(r[0], CeremonyPlan.values(snapshot, period, day, null));
            titles.add(filled.title());
            Pattern recogniser = activities.entrySet().stream().filter(a -> Regexes.find(a.getValue(), filled.title()))
                    .map(Map.Entry::getValue).findFirst().orElse(r[2] == null ? null : Pattern.compile(r[2]));
            Optional<Issue> own = recogniser == null ? Optional.empty() : existing.titled(recogniser);
            if (own.isPresent()) {
                notes.add("the " + r[1] + " is already recorded: #" + own.get().iid() + " \"" + own.get().title()
                        + "\" (left alone)");
                continue;
            }
            records.add(CeremonyPlan.record("iteration-0/" + r[0], filled, List.of(), day, period));
        }
        requireRecognised(activities, titles, existing);
        String raid = conventions.raidLabels().isEmpty() ? null : conventions.raidLabels().get(0);
        Optional<Issue> risk = existing.raidItem(period == null ? null : period.due());
        if (raid == null) {
            notes.add("labels.raid is empty: no initial-risks record (it would not be a RAID item)");
        } else if (risk.isPresent()) {
            notes.add("the RAID log already holds #" + risk.get().iid() + " \"" + risk.get().title() + "\" (left alone)");
        } else {
            LocalDate day = period == null ? null : period.due();
            records.add(CeremonyPlan.record("iteration-0/initial-risks",
                    templates.fill("initial-risks", CeremonyPlan.values(snapshot, period, day, null)), List.of(raid), day, period));
        }
        return new Plan(records, labels(snapshot, conventions, sow, pmName, workflowStates, notes), notes);
    }

    /** Each configured activity is matched by a prepared title or an existing issue: the rules will count it. */
    private static void requireRecognised(Map<String, Pattern> activities, List<String> titles, ExistingRecords existing) {
        for (Map.Entry<String, Pattern> a : activities.entrySet()) {
            boolean covered = titles.stream().anyMatch(t -> Regexes.find(a.getValue(), t))
                    || existing.titled(a.getValue()).isPresent();
            if (!covered) {
                throw new PrepareException("iterationZero.activities '" + a.getKey() + "' ('" + a.getValue().pattern()
                        + "') matches none of the prepared titles (" + String.join(", ", titles) + "): give one of the"
                        + " Iteration 0 templates a title it matches (docs/prepare.md)");
            }
        }
    }

    /**
     * A CP label the project lacks (none of its labels matches {@code pattern}): {@code label} when the user named
     * one the pattern recognises, a note asking for it when not named.
     */
    private static void cpLabel(List<String> names, Pattern pattern, String key, String value, String option,
                                String ask, PreparedLabel label, List<PreparedLabel> labels, List<String> notes) {
        if (names.stream().anyMatch(n -> Regexes.find(pattern, n))) {
            return;
        }
        if (value == null) {
            notes.add(ask + " (PSDM-LBL-001 asks for it)");
        } else if (!Regexes.find(pattern, value)) {
            throw new PrepareException(option + " makes the label '" + value + "', which " + key + " does not recognise ('"
                    + pattern.pattern() + "')");
        } else {
            labels.add(label);
        }
    }

    private static List<PreparedLabel> labels(Snapshot snapshot, Conventions conventions, String sow, String pmName,
                                              List<String> workflowStates, List<String> notes) {
        List<String> names = snapshot.labels().stream().map(Label::name).toList();
        List<PreparedLabel> labels = new ArrayList<>();
        cpLabel(names, conventions.get(LabelSettings.SOW), "labels.sow", sow, "--sow", "no SOW-# or PO# label: give"
                + " --sow SOW-1234 to create it", new PreparedLabel(sow == null ? "SOW-0" : sow, "#1F75CB",
                "The SOW or PO of this engagement (CP automation)"), labels, notes);
        String pm = pmName == null ? null : "PM::" + pmName.strip();
        cpLabel(names, conventions.get(LabelSettings.PM), "labels.pm", pm, "--pm-name", "no PM name label: give"
                + " --pm-name \"First Last\" to create PM::First Last", new PreparedLabel(pm == null ? "PM::-" : pm, "#6699CC",
                "The project manager (CP automation)"), labels, notes);
        String prefix = conventions.get(LabelSettings.WORKFLOW_PREFIX);
        if (names.stream().noneMatch(n -> n.regionMatches(true, 0, prefix, 0, prefix.length()))) {
            for (String state : workflowStates) {
                labels.add(new PreparedLabel(prefix + state.strip(), "#428BCA", "Workflow board state (CP automation)"));
            }
        }
        for (String raid : conventions.raidLabels()) {
            labels.add(new PreparedLabel(raid, "#DC143C", "RAID log: risks, assumptions, issues, dependencies"));
        }
        // internal retrospectives kept in the internal PS project get no label in the customer's project
        for (String retro : conventions.internalRetrospectivesElsewhere() ? List.<String>of()
                : conventions.internalRetrospectiveLabels()) {
            labels.add(new PreparedLabel(retro, "#8E44AD", "Internal retrospective"));
        }
        return labels;
    }
}
