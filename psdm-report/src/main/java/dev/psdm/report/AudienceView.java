package dev.psdm.report;

import dev.psdm.model.Snapshot;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A report as one {@link Audience} may read it (issue 25 item 9, {@code psdm check --audience}). The internal
 * view is the report as it is. The customer view, the one a project manager forwards to the customer's steering
 * committee, leaves out the rules that are not {@linkplain RuleDescriptor#audience() customer-facing} entirely
 * (their results, notices and mentions in the conventions; the summary and the gate follow what is left, so the
 * exit code agrees with the page) and never names a confidential issue by its title: it reads
 * "confidential issue #85" in every subject and every text of the report.
 *
 * <p>Make the view last, after waivers and the baseline: a baseline made from the internal report knows the
 * internal rules' findings, and judged against a customer view it would call them fixed.
 */
public final class AudienceView {
    private AudienceView() {
    }

    /**
     * The report for this audience.
     *
     * @param rules    the rules that made the report (their {@code @audience}); a result of a rule not among
     *                 them counts as internal
     * @param snapshot the snapshot the report judged: its confidential issues are the ones whose titles go
     */
    public static Report of(Report report, Audience audience, List<RuleDescriptor> rules, Snapshot snapshot) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(snapshot, "snapshot");
        if (Objects.requireNonNull(audience, "audience") == Audience.INTERNAL) {
            return report.withAudience(Audience.INTERNAL);
        }
        Set<String> shown = rules(audience, rules).stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        ConfidentialTitles redact = ConfidentialTitles.of(snapshot);
        List<RuleResult> results = report.results().stream().filter(r -> shown.contains(r.ruleId()))
                .map(redact::result).toList();
        List<Notice> notices = report.notices().stream().filter(n -> shown.contains(n.ruleId()))
                .map(redact::notice).toList();
        ConventionsUsed conventions = report.conventions() == null ? null : new ConventionsUsed(
                report.conventions().source(), report.conventions().file(),
                report.conventions().disabledRules().stream().filter(shown::contains).toList(),
                report.conventions().severityChanges().stream().filter(c -> shown.contains(c.ruleId())).toList());
        return new Report(report.schema(), report.project(), report.asOf(), report.size(), Summary.of(results), results,
                notices, report.readFailures().stream().map(redact::readFailure).toList(), report.gate(),
                report.dataNotices().stream().map(redact::dataNotice).toList(), report.tool(), report.fetchedAt(),
                Audience.CUSTOMER, conventions, redact.ceremonies(report.ceremonies()), report.asOfOutsideData());
    }

    /** The rules this audience sees: all of them for the internal view, the customer-facing ones for the customer. */
    public static List<RuleDescriptor> rules(Audience audience, List<RuleDescriptor> rules) {
        return audience == Audience.INTERNAL ? List.copyOf(rules)
                : rules.stream().filter(r -> r.audience() == Audience.CUSTOMER).toList();
    }
}
