package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.model.DataGap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The epics of the project's group, its ancestors and its descendants. Since GitLab 18.1 epics are
 * work items (doc/api/graphql/epic_work_items_api_migration_guide.md: listing them through GraphQL
 * from 17.4, on by default from 17.7, generally available in 18.1), and the REST Epics API is
 * deprecated and planned for removal in API v5 (doc/api/epics.md). So: on 18.1+ the Work Items
 * GraphQL API; before, or when GraphQL refuses, {@code GET /groups/:id/epics} with
 * {@code include_ancestor_groups=true} (the REST default is false: a parent group's epics were missed).
 *
 * <p>Work item ids are not epic ids, but the iid in its group is the same; issues are linked to
 * epics by group and iid ({@link dev.psdm.model.Issue#belongsTo}).
 */
final class EpicsReading implements Part.Reading {
    static final String QUERY = """
            query($fullPath: ID!, $after: String) {
              group(fullPath: $fullPath) {
                workItems(types: [EPIC], includeAncestors: true, includeDescendants: true, first: 100, after: $after) {
                  pageInfo { hasNextPage endCursor }
                  nodes {
                    id iid title state webUrl
                    namespace { id }
                    widgets { ... on WorkItemWidgetLabels { labels { nodes { title } } } }
                  }
                }
              }
            }""";

    private final long groupId;
    private final String groupPath;
    private final InstanceVersion version;
    private final GraphQlReader graphQl;
    private final FetchNotices notices;

    EpicsReading(long groupId, String groupPath, InstanceVersion version, GraphQlReader graphQl, FetchNotices notices) {
        this.groupId = groupId;
        this.groupPath = groupPath;
        this.version = version;
        this.graphQl = graphQl;
        this.notices = notices;
    }

    @Override
    public List<JsonNode> read(PageReader reader) {
        if (version != null && version.atLeast(18, 1)) {
            try {
                return asRest(graphQl.readAll(DataGap.EPICS, QUERY, Map.of("fullPath", groupPath),
                        "group", "workItems"));
            } catch (GraphQlReader.Refused e) {
                notices.add(DataGap.EPICS, null, e.getMessage() + "; epics were read through the REST API instead");
            } catch (GitLabAccessException e) {
                throw e;
            } catch (GitLabFetchException e) {
                if (e.status() != 403 && e.status() != 404) {
                    throw e;
                }
                notices.add(DataGap.EPICS, null, e.getMessage() + "; epics were read through the REST API instead");
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("state", "all");
        query.put("include_descendant_groups", "true");
        query.put("include_ancestor_groups", "true");
        query.put("order_by", "created_at");
        query.put("sort", "asc");
        return reader.readAll(new ApiRequest(DataGap.EPICS, List.of("groups", String.valueOf(groupId), "epics"),
                query), "id");
    }

    /** Work item nodes in the REST shape {@link GitLabRecords#epic} reads. */
    static List<JsonNode> asRest(List<JsonNode> workItems) {
        List<JsonNode> out = new ArrayList<>(workItems.size());
        for (JsonNode w : workItems) {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            Long id = GraphQlReader.numericId(w.get("id"));
            if (id != null) {
                n.put("id", id);
            }
            n.set("iid", w.get("iid"));
            n.set("title", w.get("title"));
            // GraphQL says OPEN/CLOSED; REST opened/closed
            String state = w.path("state").asText(null);
            n.put("state", state == null ? null : state.toUpperCase(Locale.ROOT).startsWith("OPEN") ? "opened"
                    : state.toLowerCase(Locale.ROOT));
            n.set("web_url", w.get("webUrl"));
            Long group = GraphQlReader.numericId(w.path("namespace").get("id"));
            if (group != null) {
                n.put("group_id", group);
            }
            var labels = n.putArray("labels");
            for (JsonNode widget : w.path("widgets")) {
                widget.path("labels").path("nodes").forEach(l -> labels.add(l.path("title").asText()));
            }
            out.add(n);
        }
        return out;
    }
}
