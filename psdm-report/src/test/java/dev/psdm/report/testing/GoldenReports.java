package dev.psdm.report.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.report.Applicability;
import dev.psdm.report.Audience;
import dev.psdm.report.AudienceView;
import dev.psdm.report.Report;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.RuleDoc;
import dev.psdm.report.RuleHelp;
import dev.psdm.report.Severity;
import dev.psdm.report.json.ReportJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reports the format golden files are rendered from, built by hand once and kept as data: each
 * scenario's report is its committed {@code golden/<scenario>/json.json} (a large project failing
 * many rules, a small one passing, the large one waived and compared with a baseline), and the rule
 * catalog the writers list is {@code golden/catalog.json} (as {@code psdm rules --format json}
 * prints it). They were taken from the bundled rules once and no longer follow them: a new rule
 * changes no golden file of the formats, only psdm-rules' end-to-end golden.
 */
public final class GoldenReports {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper JSON = ReportJson.newMapper();

    private GoldenReports() {
    }

    /** LARGE, fails the headline rules and one planted case of several others. */
    public static Report large() {
        return report("large");
    }

    /** SMALL, fails nothing. */
    public static Report small() {
        return report("small");
    }

    /** The large report with waivers of every kind and compared with a baseline. */
    public static Report largeWaivedAndBaselined() {
        return report("large-waived-baselined");
    }

    /** The bundled rules whose {@code @audience} is internal (psdm-rules' RuleAudienceContractTest). */
    public static final List<String> INTERNAL_RULES = List.of("PSDM-CONF-001", "PSDM-LBL-001", "PSDM-RET-001");
    /** The confidential issue of the large sample (#93), which PSDM-CONF-001 reports. */
    public static final String CONFIDENTIAL_TITLE = "Commercials: change order pricing";

    /**
     * The customer view of a report of the large sample ({@code --audience customer}): the catalog's rules with
     * their audience, the confidential issue from {@code examples/snapshots/large-project.json}.
     */
    public static Report customerView(Report report) {
        List<RuleDescriptor> rules = rules().stream().map(r -> new RuleDescriptor(r.id(), r.title(), r.severity(),
                r.appliesTo(), r.source(), r.requires(),
                Map.of(RuleDescriptor.AUDIENCE, INTERNAL_RULES.contains(r.id()) ? "internal" : "customer"), r.doc())).toList();
        return AudienceView.of(report, Audience.CUSTOMER, rules,
                SnapshotJson.read(Path.of("..", "examples", "snapshots", "large-project.json")));
    }

    /** The report of a scenario, read from its JSON golden file. */
    public static Report report(String scenario) {
        try {
            return JSON.readValue(ROOT.resolve(scenario).resolve("json.json").toFile(), Report.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule catalog of the scenarios. */
    public static List<RuleDescriptor> rules() {
        try {
            List<RuleDescriptor> rules = new ArrayList<>();
            for (JsonNode r : JSON.readTree(Files.readString(ROOT.resolve("catalog.json")))) {
                List<String> requires = new ArrayList<>();
                r.get("requires").forEach(n -> requires.add(n.asText()));
                String config = text(r, "config");
                rules.add(new RuleDescriptor(r.get("id").asText(), r.get("title").asText(),
                        Severity.valueOf(r.get("severity").asText()), Applicability.valueOf(r.get("appliesTo").asText()),
                        r.get("source").asText(), requires, Map.of(),
                        new RuleDoc(text(r, "why"), text(r, "passes"), text(r, "fails"), text(r, "examplePass"),
                                text(r, "exampleFail"), config == null ? List.of() : List.of(config.split(",\\s*")),
                                r.hasNonNull("help") ? JSON.treeToValue(r.get("help"), RuleHelp.class) : null)));
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
