package dev.psdm.rules.testing;

import dev.psdm.model.json.SnapshotJson;
import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.Waiver;
import dev.psdm.report.Report;
import dev.psdm.report.baseline.Baseline;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The sample snapshots of {@code examples/snapshots/} evaluated at their documented as-of instants, and
 * one scenario with waivers and a baseline: the end-to-end golden (EndToEndGoldenTest) and the tests
 * that need the bundled rules' own report.
 */
public final class Samples {
    public static final Path LARGE = Path.of("..", "examples", "snapshots", "large-project.json");
    public static final Path SMALL = Path.of("..", "examples", "snapshots", "small-project.json");
    public static final Instant LARGE_AS_OF = Instant.parse("2026-05-15T12:00:00Z");
    public static final Instant SMALL_AS_OF = Instant.parse("2026-03-20T12:00:00Z");

    /**
     * The waivers of the "waived and baselined" scenario, one of each kind: a subject waiver with an expiry
     * (RAID #89), a rule-wide waiver that waives PSDM-CER-002 entirely, an expired one (WGT #81) and an
     * unused one (PSDM-CER-003 passes).
     */
    public static final List<Waiver> WAIVERS = List.of(
            new Waiver("PSDM-RAID-002", "#89", "Vendor contract renegotiation; reviewed weekly in the steering committee",
                    LocalDate.parse("2026-06-30")),
            new Waiver("PSDM-CER-002", null, "Customer cancelled the Iteration 6 review <holiday>", null),
            new Waiver("PSDM-WGT-001", "issue#81", "Estimated after discovery", LocalDate.parse("2026-05-01")),
            new Waiver("PSDM-CER-003", null, "Refinement happens in the customer's tool", null));

    /**
     * The baseline of the scenario: Iteration 0 and #69 are known; Iteration 3 (PSDM-CER-001) was known and
     * is fixed now; Iteration 4 (PSDM-CER-001) and the RAID items are new.
     */
    public static final Baseline BASELINE = new Baseline(Baseline.SCHEMA,
            "gitlab-com/gl-professional-services/customers/acme-corp/acme-collaboration",
            Instant.parse("2026-04-01T12:00:00Z"), List.of(
            new Baseline.Entry("PSDM-IT0-001", "project:4711", "Acme Corp – GitLab Migration", null),
            new Baseline.Entry("PSDM-WGT-001", "issue#69", "Document wave 10 cut-over", null),
            new Baseline.Entry("PSDM-CER-001", "iteration:10103", "Iteration 3", null)));

    private static final class Engines {
        static final PsdmEngine DEFAULT = PsdmEngine.builder().build();
        static final PsdmEngine WAIVED = PsdmEngine.builder().conventions(Conventions.defaults().withWaivers(WAIVERS)).build();
    }

    private Samples() {
    }

    /** The rule catalog of the bundled rules. */
    public static List<RuleDescriptor> rules() {
        return Engines.DEFAULT.rules();
    }

    /** The large sample: LARGE, fails PSDM-IT0-001, CER-001, CER-002, WGT-001 and RAID-002. */
    public static Report large() {
        return Engines.DEFAULT.evaluate(SnapshotJson.read(LARGE), EvaluationOptions.asOf(LARGE_AS_OF));
    }

    /** The small sample: SMALL, nothing fails. */
    public static Report small() {
        return Engines.DEFAULT.evaluate(SnapshotJson.read(SMALL), EvaluationOptions.asOf(SMALL_AS_OF));
    }

    /** The large sample with {@link #WAIVERS} applied, compared with {@link #BASELINE}. */
    public static Report largeWaivedAndBaselined() {
        return BASELINE.applyTo(Engines.WAIVED.evaluate(SnapshotJson.read(LARGE), EvaluationOptions.asOf(LARGE_AS_OF)));
    }
}
