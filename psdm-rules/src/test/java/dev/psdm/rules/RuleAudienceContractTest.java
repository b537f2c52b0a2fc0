package dev.psdm.rules;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.Audience;
import dev.psdm.report.RuleDescriptor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundled rule says who its results are for (issue 25 item 9): {@code @audience("customer")} or
 * {@code @audience("internal")}, so {@code psdm check --audience customer} leaves out what the customer's steering
 * committee must not read. A rule that forgets would be internal by default: safe, but silently missing from
 * the customer view, so the catalog may not rely on the default.
 */
class RuleAudienceContractTest {
    private static final List<RuleDescriptor> RULES = PsdmEngine.builder().build().rules();

    @Test
    void everyBundledRuleDeclaresItsAudience() {
        assertThat(RULES).isNotEmpty();
        assertThat(RULES).filteredOn(r -> !r.metadata().containsKey(RuleDescriptor.AUDIENCE))
                .extracting(RuleDescriptor::id).as("rules without @audience").isEmpty();
    }

    /**
     * The handbook's internal-only records: the internal retrospective ("Internal Retrospective tracking", fed back
     * into GitLab's business development), confidential work (the handbook sends confidential communication to the
     * internal epic, and the rule's findings are the confidential issues), and the CP automation labels (SOW/PO and
     * PM-name labels "help the GitLab team search", "label generation for internal use"). Everything else is how the
     * project is delivered with the customer: ceremonies, iterations, RAID, the board, the backlog, closeout.
     */
    @Test
    void theInternalOnlyRulesAreTheHandbooksInternalRecords() {
        assertThat(RULES).filteredOn(r -> r.audience() == Audience.INTERNAL).extracting(RuleDescriptor::id)
                .containsExactlyInAnyOrder("PSDM-RET-001", "PSDM-CONF-001", "PSDM-LBL-001");
        assertThat(RULES).filteredOn(r -> r.audience() == Audience.CUSTOMER).extracting(RuleDescriptor::id)
                .contains("PSDM-CER-005", "PSDM-RAID-001", "PSDM-LBL-002", "PSDM-CLOSE-001");
    }
}
