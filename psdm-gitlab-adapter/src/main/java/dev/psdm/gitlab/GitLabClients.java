package dev.psdm.gitlab;

import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.ProxyClientConfig;
import org.gitlab4j.models.Constants.TokenType;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Opens the gitlab4j client of one fetch: the token, the timeouts and, when set, the HTTP proxy and its credentials. */
final class GitLabClients {
    private GitLabClients() {
    }

    static GitLabApi open(String baseUrl, Secret secret, URI proxy, Duration connectTimeout, Duration readTimeout) {
        Map<String, Object> config = new HashMap<>();
        if (proxy != null) {
            String userInfo = proxy.getRawUserInfo();
            String proxyUri = withoutUserInfo(proxy);
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                String user = URLDecoder.decode(colon < 0 ? userInfo : userInfo.substring(0, colon),
                        StandardCharsets.UTF_8);
                String password = colon < 0 ? null : URLDecoder.decode(userInfo.substring(colon + 1),
                        StandardCharsets.UTF_8);
                config.putAll(ProxyClientConfig.createProxyClientConfig(proxyUri, user, password));
            } else {
                // switches gitlab4j to Jersey's Apache connector, which honours the proxy
                config.putAll(ProxyClientConfig.createProxyClientConfig(proxyUri));
            }
        }
        GitLabApi api = new GitLabApi(GitLabApi.ApiVersion.V4, baseUrl, TokenType.PRIVATE,
                secret.isPresent() ? secret.value() : null, null, config);
        api.setRequestTimeout((int) connectTimeout.toMillis(), (int) readTimeout.toMillis());
        return api;
    }

    private static String withoutUserInfo(URI uri) {
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid proxy URL", e);
        }
    }
}
