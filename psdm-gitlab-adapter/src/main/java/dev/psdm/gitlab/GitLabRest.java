package dev.psdm.gitlab;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.gitlab4j.api.AbstractApi;
import org.gitlab4j.api.GitLabApiClient;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.GitLabApiException;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * gitlab4j's low-level GET, which hands back the {@link Response} with its headers. The typed list
 * methods of gitlab4j hide {@code X-Next-Page}/{@code X-Total-Pages}, and
 * {@code listGroupIterations}/{@code listProjectIterations} return only the first page, so the
 * loader pages explicitly through here. Authentication, proxy, timeouts and error decoding
 * ({@link GitLabApiException} with status and headers) stay gitlab4j's.
 */
final class GitLabRest extends AbstractApi {

    private final String serverUrl;
    private final Secret secret;

    GitLabRest(GitLabApi api, Secret secret) {
        this(api, secret, false);
    }

    /**
     * @param writes whether this client sends {@code PATCH}: Jersey's default connector (HttpURLConnection)
     *               knows no PATCH, and its workaround needs {@code --add-opens java.base/java.net} on Java 17,
     *               so a writing client uses Jersey's Apache connector, which gitlab4j already brings for proxies
     */
    GitLabRest(GitLabApi api, Secret secret, boolean writes) {
        super(api);
        this.serverUrl = api.getGitLabServerUrl().replaceAll("/+$", "");
        this.secret = secret;
        neverFollowRedirects(getApiClient());
        if (writes) {
            clientConfig(getApiClient()).connectorProvider(new org.glassfish.jersey.apache.connector.ApacheConnectorProvider());
        }
    }

    private static ClientConfig clientConfig(GitLabApiClient client) {
        try {
            Field field = GitLabApiClient.class.getDeclaredField("clientConfig");
            field.setAccessible(true);
            return (ClientConfig) field.get(client);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach gitlab4j's client configuration: " + e, e);
        }
    }

    /**
     * gitlab4j 6.2.0 sets {@code jersey.config.client.followRedirects=true} on every request's
     * target, whatever the client configuration says, and HttpURLConnection (like Apache's client)
     * then sends the {@code PRIVATE-TOKEN} header on to whatever host the {@code Location} names.
     * A request filter sets the property on the request itself, which Jersey's connectors resolve
     * before the target's: a 3xx then reaches the loader as an answer and becomes a one-line error.
     * gitlab4j keeps its client configuration private, hence the reflection; if it ever fails, the
     * loader refuses to run rather than risk the token.
     */
    private static void neverFollowRedirects(GitLabApiClient client) {
        try {
            Field field = GitLabApiClient.class.getDeclaredField("clientConfig");
            field.setAccessible(true);
            ClientConfig config = (ClientConfig) field.get(client);
            config.register((ClientRequestFilter) request ->
                    request.setProperty(ClientProperties.FOLLOW_REDIRECTS, Boolean.FALSE));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot stop gitlab4j from following redirects (the token would follow"
                    + " them): " + e, e);
        }
    }

    /** GET {@code /api/v4/<path...>}; any status but 2xx becomes a {@link GitLabApiException}. */
    Response get(MultivaluedMap<String, String> query, Object... path) throws GitLabApiException {
        return get(Response.Status.OK, query, path);
    }

    /**
     * {@code POST /api/graphql}, outside {@code /api/v4}, through gitlab4j's own client and request
     * builder (proxy, timeouts, the no-redirect filter). gitlab4j has no public way to post a JSON body
     * to a URL of its choosing, hence the reflection on its request builder, checked once; a non-2xx
     * answer becomes a {@link GitLabApiException} as for every GET.
     *
     * <p>The token goes the way doc/api/graphql/_index.md ("Header authentication") documents for
     * GraphQL, {@code Authorization: Bearer <token>}, in place of the {@code PRIVATE-TOKEN} header
     * gitlab4j adds for REST (documented for REST only, doc/api/rest/authentication.md). No token, no
     * header: public data is read anonymously.
     */
    Response postGraphQl(String jsonBody) throws GitLabApiException {
        return send(serverUrl + "/api/graphql", builder -> {
            jakarta.ws.rs.core.MultivaluedMap<String, Object> headers = new jakarta.ws.rs.core.MultivaluedHashMap<>();
            headers.putSingle("Accept", MediaType.APPLICATION_JSON);
            if (secret.isPresent()) {
                headers.putSingle("Authorization", "Bearer " + secret.value());
            }
            builder.headers(headers); // replaces gitlab4j's PRIVATE-TOKEN header
            return builder.post(Entity.entity(jsonBody, MediaType.APPLICATION_JSON_TYPE));
        });
    }

    /**
     * A write ({@code POST}, {@code PUT}, {@code PATCH}) of a JSON body to {@code /api/v4/<path>}, through
     * gitlab4j's own request builder as for GraphQL (its token header, proxy, timeouts, the no-redirect
     * filter), with {@code extraHeaders} added (the signature headers of an external control). GitLab's
     * REST API takes JSON bodies for every write (doc/api/rest/_index.md, "Request payload"). psdm never
     * sends {@code DELETE}: no method here can.
     */
    Response write(String method, String path, String jsonBody, java.util.Map<String, String> extraHeaders)
            throws GitLabApiException {
        if (!java.util.Set.of("POST", "PUT", "PATCH").contains(method)) {
            throw new IllegalArgumentException("psdm writes with POST, PUT or PATCH only, not " + method);
        }
        return send(serverUrl + "/api/v4/" + path, builder -> {
            builder.header("Accept", MediaType.APPLICATION_JSON);
            extraHeaders.forEach(builder::header);
            return builder.method(method, Entity.entity(jsonBody, MediaType.APPLICATION_JSON_TYPE));
        });
    }

    /** One request built by gitlab4j's request builder for {@code url}; a non-2xx answer becomes a {@link GitLabApiException}. */
    private Response send(String url, java.util.function.Function<Invocation.Builder, Response> request)
            throws GitLabApiException {
        try {
            Invocation.Builder builder = (Invocation.Builder) INVOCATION.invoke(getApiClient(), new URL(url),
                    new jakarta.ws.rs.core.MultivaluedHashMap<String, String>());
            Response response = request.apply(builder);
            if (response.getStatus() >= 300) {
                throw new GitLabApiException(response);
            }
            return response;
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new GitLabApiException(e.getCause() instanceof Exception ex ? ex : e);
        } catch (IllegalAccessException | java.net.MalformedURLException e) {
            throw new GitLabApiException(e);
        }
    }

    private static final Method INVOCATION = invocationMethod();

    private static Method invocationMethod() {
        try {
            Method m = GitLabApiClient.class.getDeclaredMethod("invocation", URL.class, MultivaluedMap.class);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach gitlab4j's request builder for GraphQL: " + e, e);
        }
    }

    /**
     * The URL-encoded form of a project or group path as one path segment, as GitLab's docs write
     * it ({@code group%2Fsubgroup%2Fproject}). gitlab4j's own encoder also escapes {@code -}, {@code .}
     * and {@code _} ({@code %2D}...), which GitLab decodes but proxies and logs show garbled.
     */
    static String encodePathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
