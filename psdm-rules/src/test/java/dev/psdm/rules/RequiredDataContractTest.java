package dev.psdm.rules;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.engine.PsdmEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.psdm.report.EvidenceItem.Kind.DATA_GAP;

/**
 * Every bundled rule is NOT_EVALUATED, and its evidence names the gap, when the snapshot lacks a resource its
 * {@code @requires} names: on the large fixture and on the small one, whatever the size would say, since
 * without the data the size itself may be wrong. The rows come from the catalog, so a new rule is covered
 * without editing this class; its own tests keep what is particular to it (a rule that reads an optional
 * resource such as the wiki and says so in its findings).
 */
class RequiredDataContractTest {
    private static final String REASON = "403 Forbidden";
    private static final PsdmEngine ENGINE = PsdmEngine.builder().build();

    static Stream<Arguments> everyRequiredResourceOfEveryRule() {
        Supplier<SnapshotFixture> large = () -> SnapshotFixture.project().large();
        Supplier<SnapshotFixture> small = () -> SnapshotFixture.project().small();
        return ENGINE.rules().stream()
                .flatMap(rule -> rule.requires().stream().flatMap(resource -> Stream.of(
                        Arguments.of(rule.id(), resource, "large", large),
                        Arguments.of(rule.id(), resource, "small", small))));
    }

    @ParameterizedTest(name = "{0} without {1} ({2})")
    @MethodSource("everyRequiredResourceOfEveryRule")
    void aRuleWithoutARequiredResourceIsNotEvaluatedAndNamesTheGap(String ruleId, String resource, String size,
                                                                   Supplier<SnapshotFixture> fixture) {
        RuleVerifier.forRule(ruleId, ENGINE).given(fixture.get().gap(resource, REASON)).isNotEvaluated()
                .withReasonContaining("the snapshot lacks " + resource + ": " + REASON)
                .hasEvidence(DATA_GAP, resource + " is not in the snapshot: " + REASON);
    }
}
