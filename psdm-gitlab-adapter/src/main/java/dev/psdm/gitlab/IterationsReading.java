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
                  nodes { iid startDate dueDate iterationCadence { id title durationInWeeks automatic } }
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
        // joined on documented fields both APIs send (REST iid/start_date/due_date, doc/api/iterations.md;
        // GraphQL Iteration.iid/startDate/dueDate, doc/api/graphql/reference/_index.md), never on the number
        // in a Global ID ("never a database primary key ID", "subject to change": doc/api/graphql/_index.md).
        // iids are per group, so a key two iterations share (two groups' cadences in step) names no cadence.
        Map<String, JsonNode> cadenceOf = new HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        int answered = 0;
        java.util.Set<String> cadencesNamed = new java.util.HashSet<>();
        try {
            for (JsonNode node : graphQl.readAll(DataGap.ITERATIONS, QUERY, Map.of("fullPath", groupPath),
                    "group", "iterations")) {
                answered++;
                String key = key(node.path("iid").asText(null), node.path("startDate").asText(null),
                        node.path("dueDate").asText(null));
                JsonNode cadence = node.get("iterationCadence");
                if (cadence != null && cadence.isObject()) {
                    cadencesNamed.add(String.valueOf(cadence.get("id")));
                }
                if (key != null && cadence != null && cadence.isObject()
                        && cadenceOf.putIfAbsent(key, cadence) != null) {
                    ambiguous.add(key);
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
        Map<String, Integer> restKeys = new HashMap<>();
        for (JsonNode iteration : iterations) {
            restKeys.merge(String.valueOf(restKey(iteration)), 1, Integer::sum);
        }
        List<Long> unnamed = new ArrayList<>();
        for (JsonNode iteration : iterations) {
            if (!JsonFields.present(iteration, "start_date") || !JsonFields.present(iteration, "due_date")) {
                continue; // undated: left out of the plan with its own notice (GitLabRecords.iteration)
            }
            String key = restKey(iteration);
            JsonNode cadence = key == null || ambiguous.contains(key) || restKeys.get(key) > 1 ? null
                    : cadenceOf.get(key);
            if (cadence != null && iteration instanceof ObjectNode o) {
                ObjectNode c = o.putObject("iteration_cadence");
                Long cadenceId = GraphQlReader.numericId(cadence.get("id"));
                if (cadenceId != null) {
                    c.put("id", cadenceId);
                }
                c.set("title", cadence.get("title"));
                // IterationCadence.durationInWeeks (Int) and .automatic (Boolean), doc/api/graphql/reference/_index.md
                if (cadence.path("durationInWeeks").isIntegralNumber()) {
                    c.put("duration_in_weeks", cadence.get("durationInWeeks").intValue());
                }
                if (cadence.path("automatic").isBoolean()) {
                    c.put("automatic", cadence.get("automatic").booleanValue());
                }
            } else {
                unnamed.add(iteration.path("id").asLong());
            }
        }
        if (answered > 0 && !unnamed.isEmpty() && unnamed.size() == dated(iterations)
                && (cadencesNamed.size() > 1 || answered < dated(iterations))) {
            // GraphQL answered, nothing joined, and the iterations REST lists may belong to more than one
            // cadence: which are the project's plan rests on the join, so every rule on the plan is
            // NOT_EVALUATED (issue 31 item 3) rather than judging a mixture of cadences
            throw new Part.Unjoinable("GraphQL answered " + answered + " iterations of " + cadencesNamed.size()
                    + (cadencesNamed.size() == 1 ? " cadence" : " cadences") + ", but none matched the "
                    + iterations.size() + " iterations REST lists by iid, start and due date: which of them are the"
                    + " project's plan is unknown");
        }
        if (answered > 0 && !unnamed.isEmpty() && unnamed.size() == dated(iterations)) {
            // GraphQL answered, and not one iteration joined: a changed shape, not a token that sees less;
            // GraphQL named one cadence for at least as many iterations, so the plan is not in doubt
            notices.add(DataGap.ITERATIONS, null, "GraphQL answered " + answered + " iterations, but none matched"
                    + " the " + iterations.size() + " iterations REST lists by iid, start and due date: the"
                    + " cadences are unknown, and every iteration is kept in the plan");
            return iterations;
        }
        if (!unnamed.isEmpty()) {
            // a token that sees an ancestor's iterations through REST but not through GraphQL: those
            // iterations are kept, never dropped for an unknown cadence (CadenceChoice)
            notices.add(DataGap.ITERATIONS, null, "GraphQL named no cadence for " + unnamed.size() + " of the "
                    + iterations.size() + " iterations REST lists (" + ids(unnamed) + "): they are kept in the plan");
        }
        return iterations;
    }

    private static long dated(List<JsonNode> iterations) {
        return iterations.stream().filter(i -> JsonFields.present(i, "start_date") && JsonFields.present(i, "due_date"))
                .count();
    }

    private static String restKey(JsonNode iteration) {
        return key(iteration.path("iid").asText(null), iteration.path("start_date").asText(null),
                iteration.path("due_date").asText(null));
    }

    /** iid, start and due date: GraphQL's iid is a string, its dates ISO dates as REST's (or timestamps). */
    private static String key(String iid, String start, String due) {
        if (iid == null || start == null || due == null || start.length() < 10 || due.length() < 10) {
            return null;
        }
        return iid + "|" + start.substring(0, 10) + "|" + due.substring(0, 10);
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
