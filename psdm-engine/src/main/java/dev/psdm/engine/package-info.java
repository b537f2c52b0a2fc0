/**
 * The embedding API: build a {@link dev.psdm.engine.PsdmEngine} once with
 * {@link dev.psdm.engine.PsdmEngine#builder()} (conventions, custom DRL, severity overrides), then
 * call {@link dev.psdm.engine.PsdmEngine#evaluate(dev.psdm.model.Snapshot, dev.psdm.engine.EvaluationOptions)}
 * from any thread to get a {@link dev.psdm.report.Report}.
 *
 * <p>Rule authors use {@link dev.psdm.engine.Findings} (the {@code findings} global every DRL file
 * declares) to report, the facts in {@link dev.psdm.engine.facts} and the model's records to match,
 * and DRL metadata ({@code @id @title @severity @appliesTo @source}) that
 * {@link dev.psdm.report.RuleDescriptor} reads. See {@code docs/embedding.md} and {@code docs/writing-rules.md}.
 *
 * <p>The public API of this module is this package, {@code .conventions}, {@code .facts},
 * {@code .report}, {@code .report.format} and {@code .docs}; {@code .internal} is public only for
 * the engine's own use and may change in any release.
 */
package dev.psdm.engine;
