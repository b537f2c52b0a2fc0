package dev.psdm.rules;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.RuleDescriptor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule's title states the requirement, so "PASS" next to it reads as compliance (issue 25 item 8): "Iteration 0
 * is missing — PASS" read as an alarm on a compliant project. Ids stay as they are.
 */
class RuleTitleContractTest {
    private static final List<RuleDescriptor> RULES = PsdmEngine.builder().build().rules();
    /** Wording that names the deviation or a topic instead of the requirement. */
    private static final Pattern NOT_A_REQUIREMENT = Pattern.compile(
            "(?i)\\b(is|are) missing\\b|\\bmissing$|\\btracking$|at the minimum$|\\w / \\w");

    @Test
    void everyTitleStatesTheRequirement() {
        assertThat(RULES).isNotEmpty();
        assertThat(RULES).filteredOn(r -> NOT_A_REQUIREMENT.matcher(r.title()).find())
                .extracting(r -> r.id() + " '" + r.title() + "'").isEmpty();
    }

    @Test
    void theRequirementsThatReadAsAlarmsNowReadAsRequirementsUnderTheSameIds() {
        Map<String, String> expected = Map.of(
                "PSDM-IT0-001", "Iteration 0 is planned",
                "PSDM-CER-002", "Each iteration has a review or status report",
                "PSDM-CER-006", "A status is reported every week",
                "PSDM-IT0-003", "Initial risks are documented in Iteration 0",
                "PSDM-RET-001", "Internal retrospectives are tracked",
                "PSDM-RAID-001", "RAID items are tracked");
        expected.forEach((id, title) -> assertThat(RULES).filteredOn(r -> r.id().equals(id))
                .extracting(RuleDescriptor::title).as(id).containsExactly(title));
    }
}
