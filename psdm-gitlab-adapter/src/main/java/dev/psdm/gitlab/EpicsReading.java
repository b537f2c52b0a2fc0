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
                    namespace { id fullPath }
                    widgets { ... on WorkItemWidgetLabels { labels { nodes { title } } } }
                  }
                }
              }
            }""";

    /**
     * The path taken, said in the notice: {@code Group.workItems}, {@code WorkItem.namespace} and the
     * {@code EPIC} type are marked Experiment in doc/api/graphql/reference/_index.md (exempt from the
     * deprecation process, doc/api/graphql/_index.md "Breaking change exemptions"), and the REST epics
     * API is deprecated since 17.0 (doc/api/epics.md): which one read the epics matters when either moves.
     */
    static final String FELL_BACK = "; epics were read through the REST API (GET /groups/:id/epics, deprecated"
            + " since GitLab 17.0) instead of the Work Items GraphQL API (Group.workItems, an Experiment)";

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
                List<JsonNode> workItems = graphQl.readAll(DataGap.EPICS, QUERY, Map.of("fullPath", groupPath),
                        "group", "workItems");
                List<JsonNode> epics = asRest(workItems, groupPath, groupId);
                long groupless = epics.stream().filter(e -> !e.has("group_id")).count();
                if (groupless == 0) {
                    return epics;
                }
                // an epic without its group cannot be matched to its issues (iids are per group): a false
                // PSDM-EPIC-001 failure for each of them. REST names the group (group_id) of every epic
                notices.add(DataGap.EPICS, null, "GraphQL named no group GitLab's REST API knows for " + groupless
                        + " of " + epics.size() + " epics" + FELL_BACK);
            } catch (GraphQlReader.Refused e) {
                notices.add(DataGap.EPICS, null, e.getMessage() + FELL_BACK);
            } catch (GitLabAccessException e) {
                throw e;
            } catch (GitLabFetchException e) {
                if (e.status() != 403 && e.status() != 404) {
                    throw e;
                }
                notices.add(DataGap.EPICS, null, e.getMessage() + FELL_BACK);
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

    /**
     * Work item nodes in the REST shape {@link GitLabRecords#epic} reads. The group: by its full path
     * where it is the project's group, the documented key (doc/api/graphql/_index.md, "Object
     * identifiers": a group by its full path, an object with an iid by full path and iid); else the
     * number in the namespace's Global ID, which GitLab's docs promise nothing about ("never a database
     * primary key ID", "subject to change"): where that fails, the epic has no {@code group_id}.
     */
    static List<JsonNode> asRest(List<JsonNode> workItems, String groupPath, long groupId) {
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
            Long group = groupPath.equals(w.path("namespace").path("fullPath").asText(null)) ? Long.valueOf(groupId)
                    : GraphQlReader.numericId(w.path("namespace").get("id"));
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
