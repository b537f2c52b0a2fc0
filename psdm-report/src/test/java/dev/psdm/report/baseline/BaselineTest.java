package dev.psdm.report.baseline;

import dev.psdm.report.BaselineState;
import dev.psdm.report.Finding;
import dev.psdm.report.Notice;
import dev.psdm.report.Report;
import dev.psdm.report.Fingerprint;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
import dev.psdm.report.Status;
import dev.psdm.report.Waivers;
import dev.psdm.report.Waiver;
import dev.psdm.report.testing.Golden;
import dev.psdm.report.testing.GoldenReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineTest {
    private static Report large;

    @BeforeAll
    static void evaluate() {
        large = GoldenReports.large();
    }

    private static List<Finding> allFindings(Report report) {
        return report.results().stream().flatMap(r -> r.findings().stream()).toList();
    }

    @Test
    void recordsTodaysFailingFindingsByRuleAndSubjectSorted() {
        Baseline baseline = Baseline.of(large);

        List<org.assertj.core.groups.Tuple> expected = new java.util.ArrayList<>();
        large.failures().forEach(r -> r.findings().forEach(f ->
                expected.add(org.assertj.core.groups.Tuple.tuple(r.ruleId(), f.subject().key()))));
        assertThat(baseline.findings()).extracting(Baseline.Entry::ruleId, Baseline.Entry::subject)
                .containsExactlyElementsOf(expected)
                .contains(org.assertj.core.groups.Tuple.tuple("PSDM-CER-001", "iteration:10104"),
                        org.assertj.core.groups.Tuple.tuple("PSDM-RAID-002", "issue#91"),
                        org.assertj.core.groups.Tuple.tuple("PSDM-WGT-001", "issue#81"));
        Baseline.Entry raid91 = baseline.findings().stream().filter(e -> e.subject().equals("issue#91")).findFirst().orElseThrow();
        assertThat(raid91.fingerprint()).isEqualTo(Fingerprint.of("PSDM-RAID-002", "issue#91"));
    }

    @Test
    void waivedFindingsAreAcceptedAlreadyAndNotRecorded() {
        Report waived = Waivers.apply(large, List.of(new Waiver("PSDM-RAID-002", null, "r", null)), LocalDate.parse("2026-05-15"));
        assertThat(Baseline.of(waived).findings()).extracting(Baseline.Entry::ruleId).doesNotContain("PSDM-RAID-002");
    }

    @Test
    void fileIsDeterministicAndReadsBackTheSame(@TempDir Path dir) throws Exception {
        String json = BaselineFile.toJson(Baseline.of(large));
        assertThat(BaselineFile.toJson(Baseline.of(GoldenReports.large()))).isEqualTo(json);
        Golden.assertMatches(json, "baseline/large.json");

        Path file = dir.resolve("psdm-baseline.json");
        Files.writeString(file, json);
        Baseline read = BaselineFile.read(file);
        assertThat(read.findings()).containsExactlyElementsOf(Baseline.of(large).findings());
        assertThat(BaselineFile.toJson(read)).isEqualTo(json);
    }

    @Test
    void checkAgainstItsOwnBaselineFailsOnNothingAndFindsNothingFixed() {
        Report compared = Baseline.of(large).applyTo(large);

        assertThat(allFindings(compared)).extracting(Finding::baseline).containsOnly(BaselineState.UNCHANGED);
        assertThat(compared.hasFailureAtOrAbove(Severity.INFO)).isFalse();
        assertThat(compared.summary()).as("the failures are still shown").isEqualTo(large.summary());
        assertThat(compared.notices()).isEmpty();
        assertThat(compared.usesBaseline()).isTrue();
    }

    @Test
    void onlyNewFindingsFailAndGoneOnesAreReportedFixed() {
        List<Baseline.Entry> entries = new ArrayList<>(Baseline.of(large).findings());
        entries.removeIf(e -> e.subject().equals("issue#91"));
        entries.add(new Baseline.Entry("PSDM-WGT-001", "issue#12", "Old unweighted issue", null));
        Report compared = new Baseline(Baseline.SCHEMA, "p", large.asOf(), entries).applyTo(large);

        assertThat(compared.hasFailureAtOrAbove(Severity.ERROR)).as("#91 is new and an ERROR").isTrue();
        assertThat(allFindings(compared)).filteredOn(f -> f.baseline() == BaselineState.NEW)
                .extracting(f -> f.subject().key()).containsExactly("issue#91");
        assertThat(compared.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notice.Kind.BASELINE_FIXED);
            assertThat(n.subjectKey()).isEqualTo("issue#12");
            assertThat(n.message()).contains("'Old unweighted issue' (issue#12)");
        });
    }

    @Test
    void findingsAreMatchedByRuleAndSubjectNotByMessage() {
        RuleResult raid = large.result("PSDM-RAID-002").orElseThrow();
        List<Finding> staler = raid.findings().stream()
                .map(f -> new Finding(f.severity(), f.message().replace("days ago", "days ago, and counting"), f.subject())).toList();
        List<RuleResult> results = new ArrayList<>(large.results());
        results.replaceAll(r -> r.ruleId().equals("PSDM-RAID-002") ? r.with(Status.FAIL, r.severity(), staler) : r);
        Report tomorrow = large.withResults(results, List.of());

        Report compared = Baseline.of(large).applyTo(tomorrow);

        assertThat(compared.result("PSDM-RAID-002").orElseThrow().findings()).extracting(Finding::baseline)
                .containsOnly(BaselineState.UNCHANGED);
    }

    @Test
    void recordedFindingOfARuleThatWasNotEvaluatedIsNeitherNewNorFixed() {
        Baseline baseline = new Baseline(Baseline.SCHEMA, "p", large.asOf(),
                List.of(new Baseline.Entry("PSDM-CER-006", "period:2026-03-02", null, null)));
        assertThat(large.result("PSDM-CER-006").orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);

        assertThat(baseline.applyTo(large).notices()).isEmpty();
    }

    @Test
    void missingFileIsAnErrorNotAnEmptyBaseline(@TempDir Path dir) {
        Path missing = dir.resolve("psdm-baseline.json");
        // an I/O error, not a format error (issue 28 item 8): a service tells "not found" from "malformed"
        assertThatThrownBy(() -> BaselineFile.read(missing)).isExactlyInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage(missing + ": no such baseline file (create one with 'psdm baseline')")
                .cause().isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(missing).doesNotExist();
    }

    @Test
    void unreadableFilesGiveOneLineMessages(@TempDir Path dir) throws Exception {
        assertThat(readError(dir, "{\"schema\": \"psdm-baseline/2\", \"findings\": []}"))
                .endsWith(": unsupported baseline schema \"psdm-baseline/2\" (this version reads psdm-baseline/1)");
        assertThat(readError(dir, "{\"findings\": []}")).endsWith("\"schema\": \"psdm-baseline/1\" is missing");
        assertThat(readError(dir, "{\"schema\": \"psdm-baseline/1\", \"findings\": [{\"ruleId\": \"PSDM-WGT-001\"}]}"))
                .contains("$.findings[0]").contains("needs a ruleId and a subject");
        assertThat(readError(dir, "{\"schema\": ")).contains("not valid JSON");
        assertThat(readError(dir, "")).contains("the file is empty");
    }

    private static String readError(Path dir, String content) throws Exception {
        Path file = dir.resolve("b.json");
        Files.writeString(file, content);
        try {
            BaselineFile.read(file);
        } catch (BaselineFormatException e) {
            assertThat(e.getMessage()).startsWith(file.toString()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("no error for " + content);
    }
}
