package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.model.DataGap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's iterations with the cadence of each. REST ({@code GET /projects/:id/iterations},
 * doc/api/iterations.md) gives every iteration of the group and its ancestors, of every cadence,
 * without naming the cadence; GraphQL names it ({@code Iteration.iterationCadence}), so one more
 * request per 100 iterations asks the project's group for it. If GraphQL does not answer, the
 * iterations are kept with their group and {@code sequence} only, and a notice says so.
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
        for (JsonNode iteration : iterations) {
            JsonNode cadence = cadenceOf.get(iteration.path("id").asLong());
            if (cadence != null && iteration instanceof ObjectNode o) {
                ObjectNode c = o.putObject("iteration_cadence");
                Long cadenceId = GraphQlReader.numericId(cadence.get("id"));
                if (cadenceId != null) {
                    c.put("id", cadenceId);
                }
                c.set("title", cadence.get("title"));
            }
        }
        return iterations;
    }

    private static String cadencesUnknown(String why) {
        return "the iteration cadences are unknown (" + why + "): iterations are told apart by group only";
    }
}
