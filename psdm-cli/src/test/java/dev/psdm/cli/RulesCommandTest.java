package dev.psdm.cli;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.RuleDescriptor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RulesCommandTest {
    /**
     * Every id the engine loads from the catalog on the class path; which ids that must be is the
     * catalog's business ({@code CatalogContractTest} in psdm-rules), so a new rule edits nothing here.
     */
    static final List<String> CATALOG = PsdmEngine.builder().build().rules().stream().map(RuleDescriptor::id).toList();

    @Test
    void everyFormatListsEveryIdOfTheCatalog() {
        assertThat(CATALOG).as("the bundled catalog is on the CLI's class path").isNotEmpty();
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
                .contains("[PSDM-CLOSE-001](" + VersionProvider.ruleDocsUrl() + "PSDM-CLOSE-001.md)");
    }
}
