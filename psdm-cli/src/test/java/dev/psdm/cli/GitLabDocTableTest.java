package dev.psdm.cli;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.RuleDescriptor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/gitlab.md's table of what is read says which rules need each resource; it comes from the
 * rules' {@code @requires} metadata and must not go stale again (it once said epics were used by
 * "no rule yet" while PSDM-EPIC-001 needed them).
 */
class GitLabDocTableTest {
    private static final List<String> RESOURCES = List.of("issues", "weights", "iterations", "milestones", "labels",
            "epics", "boards", "wiki");

    @Test
    void theTableOfResourcesNamesExactlyTheRulesThatRequireEach() throws IOException {
        Map<String, TreeSet<String>> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "gitlab.md"))) {
            String[] cells = line.split("\\|", -1);
            if (cells.length == 6 && RESOURCES.contains(cells[1].strip())) {
                String rules = cells[4].strip();
                documented.put(cells[1].strip(), new TreeSet<>(rules.equals("—") ? List.of()
                        : Arrays.stream(rules.split(",")).map(String::strip).toList()));
            }
        }
        Map<String, TreeSet<String>> required = new LinkedHashMap<>();
        List<RuleDescriptor> catalog = new ArrayList<>(PsdmEngine.builder().build().rules());
        for (String resource : RESOURCES) {
            TreeSet<String> ids = new TreeSet<>();
            catalog.stream().filter(r -> r.requires().contains(resource)).forEach(r -> ids.add(r.id()));
            required.put(resource, ids);
        }

        assertThat(documented).as("docs/gitlab.md, 'What is read, and what each rule needs'").isEqualTo(required);
    }
}
