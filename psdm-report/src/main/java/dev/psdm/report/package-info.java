/**
 * The outcome of an evaluation: a {@link dev.psdm.report.Report} holds one
 * {@link dev.psdm.report.RuleResult} per rule (PASS, FAIL with one
 * {@link dev.psdm.report.Finding} per offending {@link dev.psdm.report.Subject},
 * NOT_APPLICABLE or NOT_EVALUATED with a reason). Immutable records, serialised as {@code psdm-report/1}.
 *
 * <p>Null-marked: a type here is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.psdm.report;

import org.jspecify.annotations.NullMarked;
