package dev.psdm.report;

import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Takes the titles of a snapshot's confidential issues out of a report (issue 25 item 9): a confidential issue's
 * subject keeps its key and link but reads "confidential issue #85", and every text that quotes the title
 * (a finding's message, an evidence item, a notice, a waiver's reason) says the same instead. The text is
 * replaced wherever it occurs, not only where a rule happened to quote it, so a rule message written later
 * cannot leak it; a stray match in unrelated text is redacted too, which errs on the safe side.
 */
final class ConfidentialTitles {
    /** iid to title, longest titles first so a title containing another is replaced whole. */
    private final Map<Long, String> titles;

    private ConfidentialTitles(Map<Long, String> titles) {
        this.titles = titles;
    }

    /** The confidential issues of this snapshot (issues without a title have nothing to hide). */
    static ConfidentialTitles of(Snapshot snapshot) {
        List<Issue> confidential = new ArrayList<>(snapshot.issues().stream()
                .filter(i -> i.confidential() && i.title() != null && !i.title().isBlank()).toList());
        confidential.sort(Comparator.comparingInt((Issue i) -> -i.title().length()).thenComparingLong(Issue::iid));
        Map<Long, String> titles = new LinkedHashMap<>();
        confidential.forEach(i -> titles.put(i.iid(), i.title()));
        return new ConfidentialTitles(titles);
    }

    /** What the customer view prints for a confidential issue's title. */
    static String standIn(long iid) {
        return "confidential issue #" + iid;
    }

    /** The text with every confidential title replaced; {@code #85 'Title'} becomes {@code confidential issue #85}. */
    @Nullable String text(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Map.Entry<Long, String> e : titles.entrySet()) {
            String standIn = standIn(e.getKey());
            out = out.replace("#" + e.getKey() + " '" + e.getValue() + "'", standIn)
                    .replace(e.getValue(), standIn);
        }
        return out;
    }

    /** The subject under its stand-in title when it is a confidential issue, its title redacted otherwise. */
    @Nullable Subject subject(@Nullable Subject subject) {
        if (subject == null) {
            return null;
        }
        boolean confidentialIssue = "issue".equals(subject.type()) && subject.iid() != null
                && (subject.confidential() || titles.containsKey(subject.iid()));
        if (confidentialIssue) {
            return new Subject(subject.type(), subject.iid(), subject.id(), standIn(subject.iid()), subject.webUrl(), true);
        }
        String title = text(subject.title());
        return java.util.Objects.equals(title, subject.title()) ? subject : subject.withTitle(title);
    }

    Finding finding(Finding f) {
        AppliedWaiver waiver = f.waiver() == null ? null : new AppliedWaiver(text(f.waiver().reason()), f.waiver().expires());
        List<EvidenceItem> evidence = f.evidence() == null ? null : f.evidence().stream().map(this::item).toList();
        return new Finding(f.severity(), text(f.message()), subject(f.subject()), waiver, f.baseline(), evidence);
    }

    RuleResult result(RuleResult r) {
        Evidence evidence = r.evidence() == null ? null : new Evidence(r.evidence().lookedAt().stream().map(this::text).toList(),
                r.evidence().items().stream().map(this::item).toList(), r.evidence().omitted(), r.evidence().settings());
        return new RuleResult(r.ruleId(), r.title(), r.severity(), r.status(), r.source(), text(r.reason()),
                r.findings().stream().map(this::finding).toList(), r.help(), evidence);
    }

    Notice notice(Notice n) {
        return new Notice(n.kind(), n.ruleId(), subject(n.subject()), text(n.message()));
    }

    DataNotice dataNotice(DataNotice n) {
        return new DataNotice(n.resource(), text(n.subject()), text(n.message()));
    }

    ReadFailure readFailure(ReadFailure f) {
        return new ReadFailure(f.resource(), text(f.reason()));
    }

    @Nullable CeremonyMap ceremonies(@Nullable CeremonyMap map) {
        if (map == null) {
            return null;
        }
        return new CeremonyMap(map.period(), map.columns(), map.rows().stream().map(row -> new CeremonyMap.Row(
                subject(row.subject()), row.start(), row.end(), row.current(), row.cells().stream()
                        .map(c -> new CeremonyMap.Cell(c.ceremony(), c.mark(), subject(c.evidence()), c.ruleId(), c.finding()))
                        .toList())).toList());
    }

    private EvidenceItem item(EvidenceItem item) {
        return new EvidenceItem(item.kind(), subject(item.about()), subject(item.record()), text(item.text()));
    }
}
