package dev.psdm.gitlab.publish;

import com.fasterxml.jackson.databind.JsonNode;
import dev.psdm.gitlab.GitLabAccessException;
import dev.psdm.gitlab.GitLabConnection;
import dev.psdm.gitlab.GitLabFetchException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The token's scopes, read before anything is written ({@code GET /personal_access_tokens/self},
 * doc/api/personal_access_tokens.md "Self-inform", GitLab 15.5+; it answers for personal, project and group
 * access tokens). Writing needs the {@code api} scope: {@code read_api} only reads.
 */
public final class TokenScopes {
    /** The scope every write of psdm needs. */
    public static final String WRITE_SCOPE = "api";

    private TokenScopes() {
    }

    /**
     * Throws {@link PublishException} naming the scope when the token lacks {@code api}. A token that cannot
     * describe itself (an OAuth or CI job token answers 401/403/404 here) is let through: GitLab's own 403 on
     * the first write then says the same, before anything else is written.
     */
    public static void requireWriteScope(GitLabConnection connection) {
        requireWriteScope(connection, "psdm publish");
    }

    /** As {@link #requireWriteScope(GitLabConnection)}, the one line naming {@code command} ({@code psdm prepare}). */
    public static void requireWriteScope(GitLabConnection connection, String command) {
        String body;
        try {
            body = connection.get("personal_access_tokens/self", Map.of());
        } catch (GitLabAccessException e) {
            throw new PublishException(connection.clean("GitLab rejected the token (" + e.status() + "): " + command
                    + " needs a token with the " + WRITE_SCOPE + " scope"), e);
        } catch (GitLabFetchException e) {
            if (e.status() == 403 || e.status() == 404) {
                return;
            }
            throw e;
        }
        List<String> scopes = scopes(body);
        if (!scopes.contains(WRITE_SCOPE)) {
            throw new PublishException("the token has the scopes " + (scopes.isEmpty() ? "(none)" : String.join(", ", scopes))
                    + " but " + command + " writes to GitLab and needs the " + WRITE_SCOPE
                    + " scope (a project access token with the api scope and the Reporter role; docs/publish.md)");
        }
    }

    static List<String> scopes(String body) {
        JsonNode node = Json.parse(body, "GET /personal_access_tokens/self");
        List<String> scopes = new ArrayList<>();
        node.path("scopes").forEach(s -> scopes.add(s.asText()));
        return scopes;
    }
}
