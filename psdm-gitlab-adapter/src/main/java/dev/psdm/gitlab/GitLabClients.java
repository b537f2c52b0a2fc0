package dev.psdm.gitlab;

import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.ProxyClientConfig;
import org.gitlab4j.models.Constants.TokenType;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The gitlab4j client every reader and writer uses: token, proxy (with its credentials) and timeouts. */
final class GitLabClients {
    private GitLabClients() {
    }

    static GitLabApi newApi(String baseUrl, Secret secret, URI proxy, Duration connectTimeout, Duration readTimeout) {
        Map<String, Object> config = new HashMap<>();
        if (proxy != null) {
            String userInfo = proxy.getRawUserInfo();
            String proxyUri = withoutUserInfo(proxy);
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                String user = java.net.URLDecoder.decode(colon < 0 ? userInfo : userInfo.substring(0, colon),
                        java.nio.charset.StandardCharsets.UTF_8);
                String password = colon < 0 ? null : java.net.URLDecoder.decode(userInfo.substring(colon + 1),
                        java.nio.charset.StandardCharsets.UTF_8);
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
