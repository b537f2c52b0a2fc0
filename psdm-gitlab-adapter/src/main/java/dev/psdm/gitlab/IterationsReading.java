package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.model.DataGap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's iterations with the cadence of each. REST ({@code GET /projects/:id/iterations},
 * doc/api/iterations.md) gives every iteration of the group and its ancestors, of every cadence,
 * without naming the cadence; GraphQL names it ({@code Iteration.iterationCadence}), so one more
 * request per 100 iterations asks the project's group for it. If GraphQL does not answer, or answers
 * with errors, or leaves some iterations out, those iterations are kept without a cadence (never
 * dropped: {@link CadenceChoice}), and a notice says so.
 */
final class IterationsReading implements Part.Reading {
    static final String QUERY = """
            query($fullPath: ID!, $after: String) {
              group(fullPath: $fullPath) {
                iterations(includeAncestors: true, first: 100, after: $after) {
                  pageInfo { hasNextPage endCursor }
                  nodes { id iterationCadence { id title } }
                }
              }
            }""";

    private final String projectId;
    private final String groupPath;
    private final GraphQlReader graphQl;
    private final FetchNotices notices;

    IterationsReading(String projectId, String groupPath, GraphQlReader graphQl, FetchNotices notices) {
        this.projectId = projectId;
        this.groupPath = groupPath;
        this.graphQl = graphQl;
        this.notices = notices;
    }

    @Override
    public List<JsonNode> read(PageReader reader) {
        List<JsonNode> iterations = reader.readAll(new ApiRequest(DataGap.ITERATIONS,
                List.of("projects", projectId, "iterations"), Map.of("state", "all", "include_ancestors", "true")), "id");
        if (iterations.isEmpty() || groupPath == null) {
            return iterations;
        }
        Map<Long, JsonNode> cadenceOf = new HashMap<>();
        try {
            for (JsonNode node : graphQl.readAll(DataGap.ITERATIONS, QUERY, Map.of("fullPath", groupPath),
                    "group", "iterations")) {
                Long id = GraphQlReader.numericId(node.get("id"));
                JsonNode cadence = node.get("iterationCadence");
                if (id != null && cadence != null && cadence.isObject()) {
                    cadenceOf.put(id, cadence);
                }
            }
        } catch (GraphQlReader.Refused e) {
            notices.add(DataGap.ITERATIONS, null, cadencesUnknown(e.getMessage()));
            return iterations;
        } catch (GitLabAccessException e) {
            throw e;
        } catch (GitLabFetchException e) {
            if (e.status() == 0 || e.status() >= 500 && e.status() != 501) {
                throw e;
            }
            notices.add(DataGap.ITERATIONS, null, cadencesUnknown(e.getMessage()));
            return iterations;
        }
        List<Long> unnamed = new ArrayList<>();
        for (JsonNode iteration : iterations) {
            JsonNode cadence = cadenceOf.get(iteration.path("id").asLong());
            if (cadence != null && iteration instanceof ObjectNode o) {
                ObjectNode c = o.putObject("iteration_cadence");
                Long cadenceId = GraphQlReader.numericId(cadence.get("id"));
                if (cadenceId != null) {
                    c.put("id", cadenceId);
                }
                c.set("title", cadence.get("title"));
            } else {
                unnamed.add(iteration.path("id").asLong());
            }
        }
        if (!unnamed.isEmpty()) {
            // a token that sees an ancestor's iterations through REST but not through GraphQL: those
            // iterations are kept, never dropped for an unknown cadence (CadenceChoice)
            notices.add(DataGap.ITERATIONS, null, "GraphQL named no cadence for " + unnamed.size() + " of the "
                    + iterations.size() + " iterations REST lists (" + ids(unnamed) + "): they are kept in the plan");
        }
        return iterations;
    }

    private static String ids(List<Long> ids) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < ids.size() && i < 10; i++) {
            shown.add(Long.toString(ids.get(i)));
        }
        return String.join(", ", shown) + (ids.size() > 10 ? " and " + (ids.size() - 10) + " more" : "");
    }

    private static String cadencesUnknown(String why) {
        return "the iteration cadences are unknown (" + why + "): every iteration is kept in the plan";
    }
}
