package dev.psdm.rules;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.RuleDescriptor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.psdm.model.testing.TestFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every bundled rule comes with, checked so that a new rule cannot land without it: its DRL file
 * in its family's folder ({@code src/main/resources/dev/psdm/rules/catalog/<family>/<id>.drl}), a test
 * class beside it in the same family package that names the rule id, and a fresh doc page (checked
 * byte for byte by {@link dev.psdm.rules.docs.RuleDocsTest}; here: that the page exists).
 */
class CatalogContractTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path DRL = MODULE.resolve("src/main/resources/dev/psdm/rules/catalog");
    private static final Path TESTS = MODULE.resolve("src/test/java/dev/psdm/rules/catalog");
    private static final Path DOCS = MODULE.getParent().resolve("docs/rules");
    private static final List<RuleDescriptor> RULES = PsdmEngine.builder().build().rules();

    @Test
    void everyRuleHasItsDrlFileItsTestClassAndItsDocPage() {
        List<String> missing = new ArrayList<>();
        for (RuleDescriptor rule : RULES) {
            Path drl = find(DRL, rule.id() + ".drl");
            if (drl == null) {
                missing.add(rule.id() + ": no " + rule.id() + ".drl under " + MODULE.relativize(DRL));
                continue;
            }
            Path family = DRL.relativize(drl.getParent());
            if (!familyTestNames(TESTS.resolve(family), rule.id())) {
                missing.add(rule.id() + ": no test class in " + MODULE.relativize(TESTS.resolve(family))
                        + " names \"" + rule.id() + "\"");
            }
            if (!Files.isRegularFile(DOCS.resolve(rule.id() + ".md"))) {
                missing.add(rule.id() + ": no docs/rules/" + rule.id() + ".md (regenerate the rule docs)");
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * The catalog's own listing is its DRL files, one rule each: the engine loads exactly the rules
     * those files declare, no more (a rule file with two rules, a stale compiled rule), no fewer (a file
     * the executable model left out). No count to edit when a rule is added.
     */
    @Test
    void theEngineLoadsExactlyOneRulePerDrlFileOfTheCatalog() {
        List<String> files;
        try (Stream<Path> walk = Files.walk(DRL)) {
            files = walk.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".drl"))
                    .map(n -> n.substring(0, n.length() - ".drl".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(files).isNotEmpty();
        assertThat(RULES).extracting(RuleDescriptor::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("PSDM-[A-Z0-9]+-\\d{3}"))
                .containsExactlyInAnyOrderElementsOf(files);
    }

    private static boolean familyTestNames(Path dir, String ruleId) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith("Test.java"))
                    .anyMatch(f -> read(f).contains("\"" + ruleId + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path find(Path root, String fileName) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().equals(fileName)).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
