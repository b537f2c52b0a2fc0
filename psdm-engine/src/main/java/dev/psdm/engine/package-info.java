/**
 * The embedding API: build a {@link dev.psdm.engine.PsdmEngine} once with
 * {@link dev.psdm.engine.PsdmEngine#builder()} (conventions, custom DRL, severity overrides), then
 * call {@link dev.psdm.engine.PsdmEngine#evaluate(dev.psdm.model.Snapshot, dev.psdm.engine.EvaluationOptions)}
 * from any thread to get a {@link dev.psdm.report.Report}.
 *
 * <p>Rule authors use {@link dev.psdm.engine.Findings} (the {@code findings} global every DRL file
 * declares) to report, the facts in {@link dev.psdm.engine.facts} and the model's records to match,
 * and DRL metadata ({@code @id @title @severity @appliesTo @source}, and for the documentation
 * {@code @why @passes @fails @examplePass @exampleFail @config}) that {@link dev.psdm.report.RuleDescriptor}
 * and its {@link dev.psdm.report.RuleDoc} carry. See {@code docs/embedding.md} and {@code docs/writing-rules.md}.
 *
 * <p>The public API of this module is this package, {@code .conventions} and {@code .facts} (the report
 * model and its formats are psdm-report's {@code dev.psdm.report} packages); {@code .internal} is
 * {@code @API(status = INTERNAL)}: public only for the engine's own use, it may change in any release.
 *
 * <p>Null-marked: a type here is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.psdm.engine;

import org.jspecify.annotations.NullMarked;
