/**
 * The rule catalog as people read it ({@code psdm rules}): {@link dev.psdm.report.catalog.RuleCatalogRenderer}
 * renders {@link dev.psdm.report.RuleDescriptor}s as text, Markdown or JSON.
 *
 * <p>Null-marked: a type here is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.psdm.report.catalog;

import org.jspecify.annotations.NullMarked;
