package dev.psdm.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RulesCommandTest {
    /** Every id of the catalog (shared/design/RULES.md): public API, never renamed. */
    static final List<String> CATALOG = List.of(
            "PSDM-IT0-001", "PSDM-CER-001", "PSDM-CER-002", "PSDM-CER-003", "PSDM-CER-004", "PSDM-CER-005",
            "PSDM-CER-006", "PSDM-WGT-001", "PSDM-RAID-002", "PSDM-SSOT-001", "PSDM-IT0-002", "PSDM-IT0-003",
            "PSDM-RAID-001", "PSDM-RAID-003", "PSDM-RET-001", "PSDM-COMM-001", "PSDM-ITER-001", "PSDM-ITER-002",
            "PSDM-WGT-002", "PSDM-LBL-001", "PSDM-LBL-002", "PSDM-CONF-001", "PSDM-BKL-001", "PSDM-EPIC-001",
            "PSDM-MS-001", "PSDM-CLOSE-001");

    @Test
    void everyFormatListsEveryIdOfTheCatalog() {
        for (String format : List.of("text", "markdown", "json")) {
            CliRun run = CliRun.of("rules", "--format", format);
            assertThat(run.exitCode()).isZero();
            for (String id : CATALOG) {
                assertThat(run.out()).as("%s in --format %s", id, format).contains(id);
            }
        }
    }

    @Test
    void textListsOneRulePerLineAndNothingElse() {
        String[] lines = CliRun.of("rules").out().split("\\R");
        assertThat(lines).hasSize(CATALOG.size() + 1);
    }

    @Test
    void markdownLinksEachRuleToItsPage() {
        assertThat(CliRun.of("rules", "--format", "markdown").out())
                .contains("[PSDM-CLOSE-001](docs/rules/PSDM-CLOSE-001.md)");
    }
}
