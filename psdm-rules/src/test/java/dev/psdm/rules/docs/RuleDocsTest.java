package dev.psdm.rules.docs;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.RuleDoc;
import dev.psdm.engine.conventions.ConventionsYaml;
import dev.psdm.rules.testing.Samples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed rule docs are what the rule metadata generates. When this fails after a change to a
 * DRL file, regenerate them with {@link RuleDocGenerator#REGENERATE_COMMAND} and commit the result.
 */
class RuleDocsTest {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final Path DOCS = REPO.resolve("docs/rules");
    private static final List<RuleDescriptor> RULES = PsdmEngine.builder().build().rules();

    @Test
    void committedRuleDocsMatchTheMetadata() throws IOException {
        Map<String, String> pages = RuleDocGenerator.generate(RULES);
        if (Boolean.getBoolean("psdm.regenerateDocs")) {
            RuleDocGenerator.write(DOCS, pages);
        }
        List<String> stale = new ArrayList<>();
        for (var page : pages.entrySet()) {
            Path file = DOCS.resolve(page.getKey());
            if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue())) {
                stale.add(page.getKey());
            }
        }
        if (Files.isDirectory(DOCS)) {
            try (var files = Files.list(DOCS)) {
                files.map(f -> f.getFileName().toString()).filter(n -> !pages.containsKey(n))
                        .forEach(n -> stale.add(n + " (no such rule)"));
            }
        }
        assertThat(stale).as("docs/rules differs from the rule metadata; regenerate with:%n  %s%n",
                RuleDocGenerator.REGENERATE_COMMAND).isEmpty();
    }

    @Test
    void readmeRuleTableListsTheCatalog() throws IOException {
        fresh(REPO.resolve("README.md"), readme -> DocTables.readme(readme, RULES));
    }

    /** The README's excerpt of the large sample's text report: its rule counts change with every new rule. */
    @Test
    void readmeExcerptOfTheLargeSampleIsWhatTheCheckPrints() throws IOException {
        fresh(REPO.resolve("README.md"), readme -> DocTables.largeSampleReport(readme, Samples.large(), RULES));
    }

    /** It once said epics were used by "no rule yet" while PSDM-EPIC-001 needed them. */
    @Test
    void gitlabTableNamesExactlyTheRulesThatRequireEachResource() throws IOException {
        fresh(REPO.resolve("docs/gitlab.md"), doc -> DocTables.gitlab(doc, RULES));
    }

    @Test
    void conventionsTablesListEverySettingWithItsDefaultAndMeaning() throws IOException {
        fresh(REPO.resolve("docs/conventions.md"), DocTables::conventions);
    }

    /**
     * The committed file is what {@code generate} makes of it; with {@code -Dpsdm.regenerateDocs=true}
     * it is rewritten first.
     */
    private static void fresh(Path file, java.util.function.UnaryOperator<String> generate) throws IOException {
        String committed = Files.readString(file, StandardCharsets.UTF_8);
        String generated = generate.apply(committed);
        if (Boolean.getBoolean("psdm.regenerateDocs") && !generated.equals(committed)) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            committed = generated;
        }
        List<String> was = committed.lines().toList();
        List<String> is = generated.lines().toList();
        int line = 0;
        while (line < Math.min(was.size(), is.size()) && was.get(line).equals(is.get(line))) {
            line++;
        }
        assertThat(committed.equals(generated) ? "" : "line " + (line + 1) + ": committed \""
                + (line < was.size() ? was.get(line) : "") + "\", generated \"" + (line < is.size() ? is.get(line) : "") + "\"")
                .as("%s differs from what the rules and settings generate; regenerate with:%n  %s%n",
                        REPO.relativize(file), RuleDocGenerator.REGENERATE_COMMAND).isEmpty();
    }

    @Test
    void everyRuleDocumentsWhyQuotingTheHandbookWhatPassesWhatFailsAndAnExampleOfEach() {
        for (RuleDescriptor rule : RULES) {
            RuleDoc doc = rule.doc();
            assertThat(doc).extracting(RuleDoc::why, RuleDoc::passes, RuleDoc::fails, RuleDoc::examplePass, RuleDoc::exampleFail)
                    .as("@why, @passes, @fails, @examplePass and @exampleFail of %s", rule.id())
                    .allSatisfy(part -> assertThat((String) part).isNotBlank());
            assertThat(doc.configKeys()).as("@config of %s", rule.id()).isNotEmpty().doesNotContain("");
            assertThat(doc.why()).as("@why of %s quotes the handbook", rule.id()).contains("“");
        }
    }

    @Test
    void everyConfigurationKeyARuleNamesExistsInTheConventionsFile() {
        for (RuleDescriptor rule : RULES) {
            assertThat(ConventionsYaml.keyPaths()).as("@config of %s", rule.id())
                    .containsAll(RuleDocGenerator.configKeys(rule));
        }
    }

    @Test
    void conventionsReferenceDocumentsEveryKey() throws IOException {
        String reference = Files.readString(REPO.resolve("docs/conventions.md"), StandardCharsets.UTF_8);
        for (String key : ConventionsYaml.keyPaths()) {
            assertThat(reference).as("docs/conventions.md documents %s", key).contains("`" + key + "`");
        }
    }
}
