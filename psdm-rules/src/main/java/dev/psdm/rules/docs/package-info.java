/**
 * Renders the rule catalog ({@link dev.psdm.rules.PsdmEngine#rules()}, read from DRL metadata) as
 * text, Markdown or JSON, for {@code psdm rules} and the documentation.
 */
package dev.psdm.rules.docs;
