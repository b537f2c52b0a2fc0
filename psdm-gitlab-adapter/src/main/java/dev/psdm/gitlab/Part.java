package dev.psdm.gitlab;

import dev.psdm.model.DataGap;

import java.util.List;
import java.util.Map;

/**
 * One independent resource of the snapshot: the list endpoint that feeds it, or a gap known
 * before asking (a disabled feature). A 403/404 while reading it becomes a gap as well.
 */
final class Part {
    private final String resource;
    private final ApiRequest request;
    private final String keyField;
    private final String knownGap;

    private Part(String resource, ApiRequest request, String keyField, String knownGap) {
        this.resource = resource;
        this.request = request;
        this.keyField = keyField;
        this.knownGap = knownGap;
    }

    /** A list endpoint whose records are told apart by {@code keyField} ({@code id}, {@code iid}, {@code slug}). */
    static Part of(String resource, List<String> path, Map<String, String> query, String keyField) {
        return new Part(resource, new ApiRequest(resource, path, query), keyField, null);
    }

    static Part gap(String resource, String reason) {
        return new Part(resource, null, null, reason);
    }

    static Part issues(org.gitlab4j.api.models.Project project, String pid) {
        if (Boolean.FALSE.equals(project.getIssuesEnabled())) {
            // GitLab answers 500 rather than 403 for the issues of a project with issues disabled
            // (gitlab-org/gitlab#421244), so don't ask
            return gap(DataGap.ISSUES, "issues are disabled in this project");
        }
        // scope=all: the default of /projects/:id/issues, stated because /issues defaults to created_by_me
        return of(DataGap.ISSUES, List.of("projects", pid, "issues"),
                orderedQuery("scope", "all", "state", "all", "order_by", "created_at", "sort", "asc"), "iid");
    }

    String resource() {
        return resource;
    }

    /**
     * The records read (JSON), or a {@link DataGap}: for a 403/404, and for an answer that is not a
     * JSON list, which quotes what GitLab sent (only the project itself is fatal).
     */
    Object read(PageReader reader, Requester requester) {
        if (knownGap != null) {
            return new DataGap(resource, knownGap);
        }
        try {
            return reader.readAll(request, keyField);
        } catch (UnreadableAnswer e) {
            return new DataGap(resource, e.getMessage());
        } catch (GitLabAccessException e) {
            throw e;
        } catch (GitLabFetchException e) {
            if (e.status() == 403 || e.status() == 404) {
                return new DataGap(resource, requester.clean(e.getMessage() + hint(e.status())));
            }
            throw e;
        }
    }

    /** Why a 403/404 happens on this resource, in the words a PM can act on. */
    private String hint(int status) {
        return switch (resource) {
            case DataGap.EPICS -> ": epics need GitLab Premium or Ultimate and a token that can read the group"
                    + (status == 404 ? " (a project access token cannot see a private group; GitLab 17+ may serve epics"
                    + " only as work items)" : "");
            case DataGap.ITERATIONS -> ": iterations need GitLab Premium or Ultimate and a project in a group";
            case DataGap.WIKI -> ": the wiki is disabled or not visible to the token";
            default -> ": the token cannot read " + resource;
        };
    }

    private static Map<String, String> orderedQuery(String... kv) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }
}
