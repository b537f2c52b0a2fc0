package dev.psdm.engine.conventions;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 18, item 6: the YAML reader handed an alias ({@code *ac}) over as the text {@code ac}, which as a
 * pattern matched "Vendor API access" and made PSDM-RET-001 pass. An alias is refused with its line.
 */
class YamlAliasTest {

    @Test
    void anAliasIsRefusedNamingTheFileTheLineAndTheKey() {
        String yaml = """
                communicationPlan:
                  title: &ac '(?im)^acceptance criteria'
                internalRetrospectives:
                  title: *ac
                """;
        assertThatThrownBy(() -> ConventionsYaml.read(new StringReader(yaml), ".psdm.yml"))
                .isInstanceOf(ConventionsException.class)
                .hasMessage(".psdm.yml:4: internalRetrospectives.title: YAML aliases ('*ac') are not supported: "
                        + "write the value out in full");
    }

    @Test
    void anAnchorAloneChangesNothing() {
        ConventionsYaml.read(new StringReader("communicationPlan:\n  title: &ac '(?im)^acceptance criteria'\n"),
                ".psdm.yml");
    }
}
