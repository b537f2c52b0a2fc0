package dev.psdm.report.format;

import dev.psdm.report.Evidence;
import dev.psdm.report.EvidenceItem;
import dev.psdm.report.Finding;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.RuleHelp;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;
import dev.psdm.report.Subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The chain behind one outcome in a project manager's words ({@code psdm explain}, issue 29): the handbook
 * sentence, what the rule looked at, what it found, the settings it used, and what would make it pass.
 * For one subject, only that subject's finding and the evidence about it. Plain text for a terminal; text
 * from the snapshot is made inert as in the text report.
 */
public final class ExplanationWriter {
    private ExplanationWriter() {
    }

    /** The subject keys the result can be explained for: its findings' subjects and what its evidence is about. */
    public static List<String> subjectKeys(RuleResult result) {
        TreeSet<String> keys = new TreeSet<>();
        result.findings().forEach(f -> keys.add(f.subject().key()));
        if (result.evidence() != null) {
            result.evidence().items().stream().filter(i -> i.about() != null).forEach(i -> keys.add(i.about().key()));
        }
        return List.copyOf(keys);
    }

    /** The explanation of {@code result}, for one subject key or (null) for the whole rule. */
    public static String render(RuleDescriptor rule, RuleResult result, @Nullable String subjectKey) {
        StringBuilder out = new StringBuilder();
        out.append(t(result.ruleId())).append("  ").append(t(result.title())).append("  [").append(result.severity())
                .append("]\n");
        List<Finding> findings = result.findings().stream()
                .filter(f -> subjectKey == null || f.subject().key().equals(subjectKey)).toList();
        out.append("Outcome: ").append(outcome(result, subjectKey, findings)).append('\n');
        if (result.reason() != null) {
            out.append("  ").append(t(result.reason())).append('\n');
        }
        out.append("\nThe handbook: ").append(t(result.source())).append('\n');
        if (rule.doc().why() != null) {
            out.append("  ").append(t(rule.doc().why())).append('\n');
        }
        Evidence evidence = result.evidence();
        if (evidence != null && !evidence.lookedAt().isEmpty()) {
            out.append("\nWhat was looked at:\n");
            evidence.lookedAt().forEach(line -> out.append("  - ").append(t(line)).append('\n'));
        }
        out.append("\nWhat was found:\n");
        int before = out.length();
        for (Finding f : findings) {
            out.append("  - ").append(t(name(f.subject()))).append(": ").append(t(f.message())).append('\n');
            f.evidenceOrNone().forEach(i -> out.append("      ").append(item(i)).append('\n'));
        }
        if (evidence != null) {
            for (EvidenceItem i : evidence.items()) {
                if (subjectKey == null || (i.about() != null && i.about().key().equals(subjectKey))) {
                    out.append("  - ").append(item(i)).append('\n');
                }
            }
            if (evidence.omitted() > 0 && subjectKey == null) {
                out.append("  … and ").append(evidence.omitted()).append(" more (the JSON report's evidence lists 50)\n");
            }
        }
        if (out.length() == before) {
            out.append("  nothing").append(subjectKey == null ? "" : " about " + t(subjectKey)).append('\n');
        }
        if (evidence != null && !evidence.settings().isEmpty()) {
            out.append("\nSettings used (.psdm.yml):\n");
            evidence.settings().forEach(s -> out.append("  - ").append(t(s.key())).append(": ").append(t(s.value())).append('\n'));
        }
        out.append("\nWhat would make it pass:\n");
        out.append(toPass(rule, result, findings));
        return out.toString();
    }

    private static String outcome(RuleResult result, @Nullable String subjectKey, List<Finding> findings) {
        if (subjectKey == null) {
            return result.status() + (result.findings().isEmpty() ? ""
                    : " (" + result.findings().size() + (result.findings().size() == 1 ? " finding)" : " findings)"));
        }
        return findings.isEmpty() ? "no finding on " + t(subjectKey) + " (the rule is " + result.status() + ")"
                : findings.get(0).isWaived() ? "WAIVED on " + t(subjectKey) : "FAIL on " + t(subjectKey);
    }

    private static String toPass(RuleDescriptor rule, RuleResult result, List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        RuleHelp help = result.helpOrNone();
        if (result.status() == Status.PASS || (result.status() == Status.FAIL && findings.isEmpty())) {
            lines.add("Nothing: it passes" + (result.status() == Status.PASS ? "." : " for this subject."));
        } else if (result.status() == Status.NOT_APPLICABLE) {
            lines.add("Nothing to do: the rule does not apply (see the outcome).");
        } else if (result.status() == Status.NOT_EVALUATED) {
            lines.add("Give the check the data it lacks (see the outcome), then run it again.");
        } else if (help.howToFix() != null) {
            lines.add(t(help.howToFix()));
        }
        if (!help.quickActions().isEmpty() && !findings.isEmpty()) {
            lines.add("Quick actions: " + t(String.join("  ", help.quickActions())));
        }
        if (rule.doc().passes() != null) {
            lines.add("It passes when: " + t(rule.doc().passes()));
        }
        if (help.handbookUrl() != null) {
            lines.add("Handbook: " + t(help.handbookUrl()));
        }
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append("  ").append(l).append('\n'));
        return out.toString();
    }

    /** "near miss: Iteration 4 (…): …". */
    private static String item(EvidenceItem i) {
        return i.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + t(i.text());
    }

    /** "Iteration 4 [iteration:10104]": the key is what --subject takes. */
    private static String name(Subject subject) {
        return ReportText.shortName(subject) + " [" + subject.key() + "]";
    }

    private static String t(String text) {
        return Escape.terminal(text);
    }
}
