/**
 * The embedding API: build a {@link dev.psdm.rules.PsdmEngine} once with
 * {@link dev.psdm.rules.PsdmEngine#builder()} (conventions, custom DRL, severity overrides), then
 * call {@link dev.psdm.rules.PsdmEngine#evaluate(dev.psdm.model.Snapshot, dev.psdm.rules.EvaluationOptions)}
 * from any thread to get a {@link dev.psdm.rules.report.Report}.
 *
 * <p>Rule authors use {@link dev.psdm.rules.Findings} (the {@code findings} global every DRL file
 * declares) to report, the facts in {@link dev.psdm.rules.facts} and the model's records to match,
 * and DRL metadata ({@code @id @title @severity @appliesTo @source}) that
 * {@link dev.psdm.rules.RuleDescriptor} reads. See {@code docs/embedding.md} and {@code docs/writing-rules.md}.
 *
 * <p>The public API of this module is this package, {@code .conventions}, {@code .facts},
 * {@code .report}, {@code .report.format} and {@code .docs}; {@code .internal} is public only for
 * the engine's own use and may change in any release.
 */
package dev.psdm.rules;
