/**
 * Writing back to GitLab (issue 30): the PSDM compliance issue, the compliance center's external control,
 * and the safety rails every write goes through — dry run unless applied ({@link dev.psdm.gitlab.publish.Writes}),
 * the token's scope checked first ({@link dev.psdm.gitlab.publish.TokenScopes}), no delete, and no edit of
 * anything psdm did not create ({@link dev.psdm.gitlab.publish.ComplianceMarker}). Requests go through
 * {@link dev.psdm.gitlab.GitLabConnection}: the reads' pacing, retries and redaction.
 */
package dev.psdm.gitlab.publish;
