package dev.psdm.gitlab;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 22 item 11: whatever body GitLab's GraphQL endpoint answers, the reader either finds the
 * connection (a {@code nodes} array at the path asked for) or refuses it with {@link GraphQlReader.Refused}
 * whose message is one line holding no piece of the token ({@link FuzzOracles}). Anything else escaping
 * (a {@code NullPointerException}, a {@code ClassCastException}, a Jackson exception) is a finding. The
 * answer's shape is GitLab's: {@code data}, {@code errors} (doc/api/graphql/_index.md) and a connection's
 * {@code nodes}/{@code pageInfo} (doc/api/graphql/reference/_index.md, "Connections").
 *
 * <p>In {@code mvn verify} this runs over the committed corpus
 * ({@code src/test/resources/dev/psdm/gitlab/GraphQlReaderFuzzTestInputs/}). A campaign (docs/RELIABILITY.md):
 * {@code JAZZER_FUZZ=1 mvn -B -q test -pl psdm-gitlab-adapter -am -o -Dtest=GraphQlReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
class GraphQlReaderFuzzTest {
    private static final String TOKEN = "glpat-FUZZt0ken-9x7Qm2Lr";
    private static final Secret SECRET = new Secret(TOKEN);
    private static final String URL = "http://127.0.0.1:1/api/graphql";

    @FuzzTest(maxDuration = "3m")
    void anAnswerIsAConnectionOrOneRedactedLine(FuzzedDataProvider data) {
        boolean epics = data.consumeBoolean();
        String body = data.consumeRemainingAsString();
        String[] path = epics ? new String[] {"group", "workItems"} : new String[] {"group", "iterations"};
        try {
            JsonNode connection = GraphQlReader.connection(body, SECRET, URL, path);
            if (!connection.path("nodes").isArray()) {
                throw new AssertionError("a connection without a nodes array was accepted");
            }
            for (JsonNode node : connection.path("nodes")) {
                GraphQlReader.numericId(node.get("id"));
            }
            connection.path("pageInfo").path("hasNextPage").asBoolean(false);
            connection.path("pageInfo").path("endCursor").asText(null);
        } catch (GraphQlReader.Refused refused) {
            FuzzOracles.assertQuotable("the refusal", refused.getMessage(), TOKEN, Quote.MAX_MESSAGE);
        }
    }
}
