/**
 * AssertJ assertions and a rule verifier for tests of PSDM rules: {@link dev.psdm.assertj.PsdmAssertions}
 * is the entry point for reports, {@link dev.psdm.assertj.RuleVerifier} tests one rule on a
 * {@link dev.psdm.assertj.SnapshotFixture}.
 *
 * <p>Null-marked: a type here is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.psdm.assertj;

import org.jspecify.annotations.NullMarked;
