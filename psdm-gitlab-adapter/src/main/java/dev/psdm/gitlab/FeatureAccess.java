package dev.psdm.gitlab;

import org.gitlab4j.models.Constants.ProjectFeatureVisibilityAccessLevel;

import java.util.Locale;

/**
 * Why a project feature (issues, wiki) cannot be read, in the words of what is known.
 * lib/api/entities/project.rb exposes two things per feature: {@code issues_enabled} /
 * {@code wiki_enabled} is {@code project.feature_available?(:issues, current_user)}, so "can this
 * caller use it" (and marked "remove in API v5, replaced by *_access_level"), while
 * {@code issues_access_level} / {@code wiki_access_level} is the project's setting
 * ({@code disabled}, {@code private}, {@code enabled}; doc/api/projects.md). A token that cannot see
 * a members-only wiki gets {@code wiki_enabled: false} for a wiki that is switched on: saying
 * "disabled in this project" would send the PM to a setting that is already right.
 */
final class FeatureAccess {
    private FeatureAccess() {
    }

    /**
     * Why {@code feature} is not read, or null when the caller may use it.
     *
     * @param usable GitLab's {@code <feature>_enabled} (for this caller); null when not sent
     * @param level  GitLab's {@code <feature>_access_level} (the project's setting); null when not sent
     */
    static String unavailable(String feature, Boolean usable, ProjectFeatureVisibilityAccessLevel level) {
        String key = feature.toLowerCase(Locale.ROOT) + "_access_level";
        if (level == ProjectFeatureVisibilityAccessLevel.DISABLED) {
            return feature + " " + (feature.endsWith("s") ? "are" : "is") + " disabled in this project (" + key
                    + ": disabled)";
        }
        if (!Boolean.FALSE.equals(usable)) {
            return null;
        }
        if (level == null) {
            // an older or trimmed answer: which of the two it is, GitLab did not say
            return feature + " " + (feature.endsWith("s") ? "are" : "is") + " disabled in this project or not"
                    + " available to this token (GitLab sent no " + key + ")";
        }
        return feature + " " + (feature.endsWith("s") ? "are" : "is") + " not available to this token (" + key + ": "
                + level.toValue() + (level == ProjectFeatureVisibilityAccessLevel.PRIVATE
                ? ", for project members only" : "") + "): use a token of a project member with read_api";
    }

    static String issues(org.gitlab4j.api.models.Project p) {
        return unavailable("issues", p.getIssuesEnabled(), p.getIssuesAccessLevel());
    }

    static String wiki(org.gitlab4j.api.models.Project p) {
        return unavailable("wiki", p.getWikiEnabled(), p.getWikiAccessLevel());
    }
}
