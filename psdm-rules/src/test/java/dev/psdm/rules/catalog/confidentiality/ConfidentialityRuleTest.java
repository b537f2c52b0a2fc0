package dev.psdm.rules.catalog.confidentiality;

import dev.psdm.rules.catalog.Fixtures;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.report.Severity;
import org.junit.jupiter.api.Test;

import static dev.psdm.assertj.SubjectRef.issue;

class ConfidentialityRuleTest {
    private static final RuleVerifier CONF_001 = RuleVerifier.forRule("PSDM-CONF-001");

    @Test
    void noConfidentialIssuePasses() {
        CONF_001.given(SnapshotFixture.project().small().issue(i -> i.title("Work"))).passes();
    }

    @Test
    void everyConfidentialIssueFailsOpenOrClosed() {
        CONF_001.given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(1).confidential())
                        .issue(i -> i.iid(2).confidential().closed())
                        .issue(i -> i.iid(3)))
                .fails().on(issue(1), issue(2))
                .withSeverity(Severity.WARNING)
                .withMessageContainingOn(issue(1), "customers included, can read it: move it to the internal epic");
    }

    @Test
    void teamCanMakeItAnError() {
        CONF_001.withConventions(Fixtures.severity("PSDM-CONF-001", Severity.ERROR))
                .given(SnapshotFixture.project().small().issue(i -> i.iid(1).confidential()))
                .fails().on(issue(1)).withSeverity(Severity.ERROR);
    }
}
