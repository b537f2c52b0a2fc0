/**
 * Writing back to GitLab (issue 30): the PSDM compliance issue, the compliance center's external control, the
 * ceremony records {@code psdm prepare} creates ({@link dev.psdm.gitlab.publish.RecordPreparer}, found by their own
 * {@link dev.psdm.gitlab.publish.PreparedMarker}, judged by the rules unlike the compliance issue),
 * and the safety rails every write goes through — dry run unless applied ({@link dev.psdm.gitlab.publish.Writes}),
 * the token's scope checked first ({@link dev.psdm.gitlab.publish.TokenScopes}), no delete, and no edit of
 * anything psdm did not create ({@link dev.psdm.gitlab.publish.ComplianceMarker}). Requests go through
 * {@link dev.psdm.gitlab.GitLabConnection}: the reads' pacing, retries and redaction.
 */
package dev.psdm.gitlab.publish;
