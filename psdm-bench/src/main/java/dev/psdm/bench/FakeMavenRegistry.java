package dev.psdm.bench;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * The Maven package registry of a project in {@link FakeGitLabServer}, after {@code doc/api/packages/maven.md}
 * ("Upload a package file": {@code PUT projects/:id/packages/maven/*path/:file_name}; "Download a package file
 * at the project-level": {@code GET} the same) and {@code doc/user/packages/maven_repository/_index.md}
 * (a CI job authenticates with the {@code Job-Token} header). What {@code mvn deploy} sends is stored under
 * the registry directory as {@code path/file_name} (e.g. {@code dev/psdm/psdm-model/1.0.0/psdm-model-1.0.0.jar}),
 * from then on downloadable, so a test can look at what was published and a consumer build can resolve it.
 * Requests without the job token are answered 401; a file never uploaded 404 (what Maven expects of
 * {@code maven-metadata.xml} before the first deploy). Each request's method, path and whether it carried the
 * job token are appended to {@code requests.log} in the registry directory. The docs show no response body for
 * an upload: it is answered 200 without one.
 */
final class FakeMavenRegistry {
    private static final String ROUTE = "/api/v4/projects/[^/]+/packages/maven/";
    private static final Pattern FILE = Pattern.compile(ROUTE + "((?:[\\w.+-]+/)+[\\w.+-]+)");

    private FakeMavenRegistry() {
    }

    static void serve(WireMockServer server, Path registry, String jobToken) throws IOException {
        Files.createDirectories(registry);
        Path log = registry.resolve("requests.log");
        server.stubFor(any(urlPathMatching(ROUTE + ".+")).atPriority(5)
                .willReturn(json(401, "{\"message\":\"401 Unauthorized\"}")));
        server.stubFor(get(urlPathMatching(ROUTE + ".+")).atPriority(4).withHeader("Job-Token", equalTo(jobToken))
                .willReturn(json(404, "{\"message\":\"404 Not Found\"}")));
        server.stubFor(put(urlPathMatching(FILE.pattern())).atPriority(4).withHeader("Job-Token", equalTo(jobToken))
                .willReturn(aResponse().withStatus(200)));
        serveStored(server, registry, jobToken);
        server.addMockServiceRequestListener((request, response) -> {
            Matcher m = FILE.matcher(request.getUrl().replaceAll("\\?.*", ""));
            if (!m.matches()) {
                return;
            }
            boolean token = jobToken.equals(request.getHeader("Job-Token"));
            try {
                Files.writeString(log, request.getMethod() + " " + m.group(1) + " " + response.getStatus()
                        + (token ? " job-token" : " no-job-token") + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                if (RequestMethod.PUT.equals(request.getMethod()) && response.getStatus() == 200) {
                    Path file = registry.resolve(m.group(1)).normalize();
                    if (!file.startsWith(registry)) {
                        return;
                    }
                    Files.createDirectories(file.getParent());
                    Files.write(file, request.getBody());
                    serveFile(server, m.group(1), request.getBody(), jobToken);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What an earlier run stored is served again: the registry outlives a restart of the fake, as GitLab's does. */
    private static void serveStored(WireMockServer server, Path registry, String jobToken) throws IOException {
        try (Stream<Path> files = Files.walk(registry)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = registry.relativize(file).toString().replace('\\', '/');
                if (!path.equals("requests.log")) {
                    serveFile(server, path, Files.readAllBytes(file), jobToken);
                }
            }
        }
    }

    /** {@code path}: the file's Maven path, as stored; any spelling of the project (id or path) reaches it. */
    private static void serveFile(WireMockServer server, String path, byte[] body, String jobToken) {
        server.stubFor(get(urlPathMatching(ROUTE + Pattern.quote(path))).atPriority(1).withHeader("Job-Token", equalTo(jobToken))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream").withBody(body)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
