package dev.psdm.report;

import dev.psdm.model.Issue;
import dev.psdm.model.Project;
import dev.psdm.model.Snapshot;
import dev.psdm.report.testing.Reports;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer view of a report (issue 25 item 9), on a hand-made report and snapshot. */
class AudienceViewTest {
    private static final Instant AT = Instant.parse("2026-05-15T12:00:00Z");
    private static final String SECRET = "Commercials: change order pricing";
    private static final Snapshot SNAPSHOT = Snapshot.builder(new Project(1, "Project", "group/project", null, null, AT, false), AT)
            .issues(List.of(Issue.builder(85, SECRET, AT).confidential(true).build(),
                    Issue.builder(86, "Vendor API access", AT).build()))
            .build();
    private static final List<RuleDescriptor> RULES = List.of(rule("TEAM-C-001", "customer"), rule("TEAM-I-001", "internal"),
            rule("TEAM-N-001", null));

    @Test
    void theCustomerViewLeavesOutTheInternalRulesAndTheirNoticesAndCountsWhatIsLeft() {
        List<RuleResult> results = List.of(
                Reports.failing("TEAM-C-001", Reports.issueFinding(Severity.WARNING, 86, "Vendor API access", "no weight")),
                Reports.failing("TEAM-I-001", Reports.issueFinding(Severity.ERROR, 86, "Vendor API access", "internal")),
                Reports.failing("TEAM-N-001", Reports.issueFinding(Severity.ERROR, 86, "Vendor API access", "no audience")));
        Report report = Reports.of().withResults(results, List.of(
                        Notice.about(Notice.Kind.WAIVER_UNUSED, "TEAM-I-001", null, null, "unused waiver"),
                        Notice.about(Notice.Kind.WAIVER_UNUSED, "TEAM-C-001", null, null, "unused too")))
                .withConventions(new ConventionsUsed(ConventionsUsed.Source.FILE, ".psdm.yml",
                        List.of("TEAM-I-002", "TEAM-C-002"), List.of()));
        RuleDescriptor disabledCustomer = rule("TEAM-C-002", "customer");
        Report customer = AudienceView.of(report, Audience.CUSTOMER,
                List.of(RULES.get(0), RULES.get(1), RULES.get(2), disabledCustomer, rule("TEAM-I-002", "internal")), SNAPSHOT);

        assertThat(customer.audience()).isEqualTo(Audience.CUSTOMER);
        assertThat(customer.results()).extracting(RuleResult::ruleId).containsExactly("TEAM-C-001");
        assertThat(customer.notices()).extracting(Notice::ruleId).containsExactly("TEAM-C-001");
        assertThat(customer.summary().fail()).isEqualTo(1);
        assertThat(customer.gate().exitCode()).as("the gate judges what the view shows: a warning, no error").isZero();
        assertThat(customer.conventions().disabledRules()).containsExactly("TEAM-C-002");
        assertThat(report.gate().exitCode()).as("the internal report failed on the internal rule's error").isEqualTo(1);
        assertThat(AudienceView.of(report, Audience.INTERNAL, RULES, SNAPSHOT)).isEqualTo(report);
    }

    @Test
    void aConfidentialIssueIsNeverNamedByItsTitle() {
        Finding onIt = new Finding(Severity.WARNING, "Issue #85 '" + SECRET + "' has no weight", Subject.issue(SNAPSHOT.issues().get(0)),
                new AppliedWaiver("agreed: " + SECRET + " stays unweighted", null), null,
                List.of(new EvidenceItem(EvidenceItem.Kind.NEAR_MISS, null, Subject.issue(SNAPSHOT.issues().get(0)),
                        "#85 was looked at")));
        Finding mentioning = new Finding(Severity.WARNING, "Planning record '" + SECRET + "' came too late",
                new Subject("iteration", null, 10104L, "Iteration 4", null));
        Report report = Reports.of(Reports.failing("TEAM-C-001", onIt, mentioning))
                .withDataNotices(List.of(new DataNotice("issues", SECRET, "read as " + SECRET)));

        Report customer = AudienceView.of(report, Audience.CUSTOMER, RULES, SNAPSHOT);

        String json = dev.psdm.report.format.ReportFormat.JSON.writer(dev.psdm.report.format.FormatOptions.defaults())
                .render(customer);
        assertThat(json).doesNotContain(SECRET).contains("\"confidential\" : true");
        Finding redacted = customer.results().get(0).findings().stream()
                .filter(f -> "issue#85".equals(f.subject().key())).findFirst().orElseThrow();
        assertThat(redacted.subject().title()).isEqualTo("confidential issue #85");
        assertThat(redacted.subject().webUrl()).isEqualTo(Subject.issue(SNAPSHOT.issues().get(0)).webUrl());
        assertThat(redacted.message()).isEqualTo("Issue confidential issue #85 has no weight");
        assertThat(customer.results().get(0).findings()).extracting(Finding::message)
                .contains("Planning record 'confidential issue #85' came too late");
        assertThat(customer.dataNotices()).containsExactly(new DataNotice("issues", "confidential issue #85",
                "read as confidential issue #85"));
        assertThat(AudienceView.of(report, Audience.INTERNAL, RULES, SNAPSHOT).results().get(0).findings().get(0).message())
                .contains(SECRET);
    }

    @Test
    void theCustomerSeesTheRulesMeantForThemAndARuleThatDoesNotSayIsInternal() {
        assertThat(AudienceView.rules(Audience.CUSTOMER, RULES)).extracting(RuleDescriptor::id).containsExactly("TEAM-C-001");
        assertThat(AudienceView.rules(Audience.INTERNAL, RULES)).isEqualTo(RULES);
    }

    private static RuleDescriptor rule(String id, String audience) {
        Map<String, String> meta = audience == null ? Map.of("id", id) : Map.of("id", id, RuleDescriptor.AUDIENCE, audience);
        return new RuleDescriptor(id, "Title of " + id, Severity.WARNING, Applicability.ALL, "s", List.of(), meta, RuleDoc.NONE);
    }
}
