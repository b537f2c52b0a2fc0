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
    private final Reading reading;

    /** How a resource is read when it takes more than one list endpoint (REST and GraphQL). */
    @FunctionalInterface
    interface Reading {
        /** The records, REST-shaped; a 403/404 or an unreadable answer thrown from here becomes a gap. */
        List<com.fasterxml.jackson.databind.JsonNode> read(PageReader reader);
    }

    private Part(String resource, ApiRequest request, String keyField, String knownGap, Reading reading) {
        this.resource = resource;
        this.request = request;
        this.keyField = keyField;
        this.knownGap = knownGap;
        this.reading = reading;
    }

    /** A resource read by {@code reading}, with a list endpoint's handling of 403/404 and unreadable answers. */
    static Part reading(String resource, Reading reading) {
        return new Part(resource, null, null, null, reading);
    }

    /** A list endpoint whose records are told apart by {@code keyField} ({@code id}, {@code iid}, {@code slug}). */
    static Part of(String resource, List<String> path, Map<String, String> query, String keyField) {
        return new Part(resource, new ApiRequest(resource, path, query), keyField, null, null);
    }

    static Part gap(String resource, String reason) {
        return new Part(resource, null, null, reason, null);
    }

    static Part issues(org.gitlab4j.api.models.Project project, String pid, InstanceVersion version) {
        String unavailable = FeatureAccess.issues(project);
        if (unavailable != null) {
            // GitLab answers 500 rather than 403 for the issues of a project with issues disabled
            // (gitlab-org/gitlab#421244), so don't ask
            return gap(DataGap.ISSUES, unavailable);
        }
        // scope=all: the default of /projects/:id/issues, stated because /issues defaults to created_by_me
        Map<String, String> query = orderedQuery("scope", "all", "state", "all", "order_by", "created_at", "sort", "asc");
        if (version != null && version.atLeast(18, 3)) {
            // keyset pagination for project issues (doc/api/rest/_index.md, 18.3+, created_at/asc supported):
            // no deep OFFSET queries on large projects, and no page shifts while issues are created
            query.put("pagination", "keyset");
        }
        return of(DataGap.ISSUES, List.of("projects", pid, "issues"), query, "iid");
    }

    String resource() {
        return resource;
    }

    /**
     * The records read (JSON), or a {@link DataGap}: absent by design for a 403/404 on the first page;
     * a read failure for an answer that is not a JSON list (quoting the start of what GitLab sent), a list
     * that broke off, GitLab failing past the retries, or the fetch deadline. Only the project itself, a 401
     * and a redirect stop the whole fetch.
     */
    Object read(PageReader reader, Requester requester) {
        if (knownGap != null) {
            return new DataGap(resource, knownGap);
        }
        try {
            return reading != null ? reading.read(reader) : reader.readAll(request, keyField);
        } catch (Unjoinable e) {
            return new DataGap(resource, requester.clean(e.getMessage()));
        } catch (ReadFailure e) {
            // an error while reading: the run is incomplete, whatever the rules say
            return DataGap.readFailed(resource, requester.clean(e.getMessage()));
        } catch (GitLabAccessException e) {
            throw e;
        } catch (GitLabFetchException e) {
            if (e.status() == 403 || e.status() == 404) {
                // on the first page (a later one throws ReadFailure): the tier, the token or a switched-off feature
                return new DataGap(resource, requester.clean(e.getMessage() + hint(e.status())));
            }
            if (fatal(e)) {
                throw e;
            }
            // 5xx or 429 past the retries, a timeout, a dropped connection, the fetch deadline, a refused next
            // page (issue 22 item 2): this resource failed to read, the others are still read and reported
            return DataGap.readFailed(resource, requester.clean(e.getMessage()));
        }
    }

    /**
     * What stops the whole fetch rather than one resource: a redirect (the GitLab URL is wrong, and the
     * token would follow it) and an interruption; 401 is a {@link GitLabAccessException}, thrown before.
     */
    private static boolean fatal(GitLabFetchException e) {
        return (e.status() >= 300 && e.status() < 400) || Thread.currentThread().isInterrupted();
    }

    /** Why a 403/404 happens on this resource, in the words a PM can act on. */
    private String hint(int status) {
        return switch (resource) {
            // GitLab answers 404, not 403, for a group the token may not see; the REST epics API is
            // deprecated (doc/api/epics.md) but still served on 17.x and 18.x, so it is not the cause
            case DataGap.EPICS -> ": epics need GitLab Premium or Ultimate and a token that can read the group"
                    + (status == 404 ? " (GitLab answers 404 for a group the token cannot see: a project access token"
                    + " cannot see a private parent group)" : "");
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

    /**
     * GraphQL and REST both answered, but their records do not join on the documented keys, and what the
     * snapshot would hold rests on the join: a gap (its rules NOT_EVALUATED), not a guess.
     */
    static final class Unjoinable extends RuntimeException {
        Unjoinable(String message) {
            super(message, null, false, false);
        }
    }
}
