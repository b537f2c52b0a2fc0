package dev.psdm.rules;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.psdm.model.testing.ModuleArchitectureTest;

import java.util.regex.Pattern;

/** The bundled catalog (its DRL's executable model and the Java helpers beside it) builds on the engine's facts and conventions; it knows no GitLab client and no front end. */
class RulesArchitectureTest extends ModuleArchitectureTest {
    // kie-maven-plugin's executable model (Rules<hash>*, P<hex>/ lambda packages, metadata classes) is
    // generated, not ours to shape, and cross-references its own packages by design: only the Java we write
    private static final Pattern GENERATED = Pattern.compile(
            "/dev/psdm/rules/catalog/.*(/P[0-9A-F]{2}/|/Rules[0-9a-f]{32}|DomainClassesMetadata|/[A-Za-z]*Metadata[0-9a-f]{32})");

    RulesArchitectureTest() {
        super("dev.psdm.rules", "the catalog's rules work on snapshots wherever they came from, under any front end",
                "dev.psdm.cli..", "dev.psdm.gitlab..", "org.gitlab4j..", "dev.psdm.assertj..");
    }

    @Override
    protected ClassFileImporter importer() {
        return super.importer().withImportOption(location -> !GENERATED.matcher(location.toString()).find());
    }
}
