package dev.psdm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeIssueWrites;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.model.json.SnapshotJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * A fake GitLab on 127.0.0.1 for the pipeline tests of {@code .ci/run}: what a CI job of psdm-check
 * talks to, so that {@code gitlab-ci-local} can run the release pipeline's publish job and the CI
 * template's job as shipped, without leaving the machine.
 *
 * <ul>
 *   <li>The REST API of one project, from a snapshot file (the adapter's fake GitLab: documented
 *       GitLab shapes, paging headers), for {@code psdm check --gitlab-url ... --project ...}.</li>
 *   <li>The Generic Package Registry of any project, after
 *       {@code doc/user/packages/generic_packages/index.md}: {@code PUT} and {@code GET
 *       /api/v4/projects/:id/packages/generic/:package/:version/:file}, with the {@code JOB-TOKEN}
 *       header; PUT answers {@code 201 {"message":"201 Created"}} (the documented response without
 *       {@code select}), GET the file as {@code application/octet-stream}. Uploads land in the
 *       packages directory as {@code package/version/file}, so a test can look at what was published.
 *       Requests without the job token are answered 401. A download is answered as GitLab answers it
 *       when the files live in object storage with direct download on (the same document, "Verify
 *       file integrity"): {@code 302} to a pre-signed address of a second server on another port
 *       (the "object storage"), which serves the file to anyone and appends each request's headers
 *       to {@code storage-requests.log} in the packages directory, so a test can see what reached it.</li>
 *   <li>The Maven package registry of any project ({@link FakeMavenRegistry}): what {@code mvn deploy} sends,
 *       stored in the packages directory under {@code maven/}.</li>
 *   <li>Releases, after {@code doc/api/releases/_index.md}: {@code POST /projects/:id/releases}
 *       (JSON with {@code tag_name}, {@code description}) answers 201 once per tag and {@code 409
 *       {"message":"Release already exists"}} after; {@code GET /projects/:id/releases/:tag_name}
 *       answers the release (what was posted, plus a milestone whose own {@code description} a
 *       reader must not take for the release's), 404 {@code {"message":"404 Not Found"}} for
 *       another tag. Both need the job token (401 without).</li>
 *   <li>With WRITE_TOKEN and WRITES_PORT_FILE, for the CI template's publish job (issue 30 item 6): a second
 *       port in front of the same project ({@code FakeIssueWrites}: the issues and notes {@code psdm publish}
 *       writes, everything else answered by the project's API above), where only WRITE_TOKEN may write
 *       ({@code GET /personal_access_tokens/self} tells {@code read_api} for any other token, a write with it
 *       is 403). A test reads what was written back through that port's issue search.</li>
 * </ul>
 *
 * <pre>
 * java -cp ... dev.psdm.bench.FakeGitLabServer SNAPSHOT PACKAGES_DIR JOB_TOKEN PORT_FILE [WRITE_TOKEN WRITES_PORT_FILE]
 * </pre>
 * It writes its base URL's port to PORT_FILE (and the writes' to WRITES_PORT_FILE) once it listens, and runs until
 * its standard input closes.
 */
public final class FakeGitLabServer {
    private static final Pattern PACKAGE_FILE =
            Pattern.compile("/api/v4/projects/[^/]+/packages/generic/([\\w.-]+)/([\\w.+-]+)/([\\w.-]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeGitLabServer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4 && args.length != 6) {
            System.err.println("usage: FakeGitLabServer SNAPSHOT PACKAGES_DIR JOB_TOKEN PORT_FILE [WRITE_TOKEN WRITES_PORT_FILE]");
            System.exit(2);
        }
        Path packages = Path.of(args[1]);
        String jobToken = args[2];
        WireMockServer storage = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        storage.start();
        try (FakeGitLab gitlab = FakeGitLab.start();
             FakeIssueWrites writes = args.length == 6 ? new FakeIssueWrites().readsFrom(gitlab.baseUrl()).writeToken(args[4]) : null) {
            gitlab.serve(GitLabFixtures.fromSnapshot(SnapshotJson.read(Path.of(args[0]))));
            servePackages(gitlab.server(), storage, packages, jobToken);
            FakeMavenRegistry.serve(gitlab.server(), packages.resolve("maven"), jobToken);
            serveReleases(gitlab.server(), jobToken);
            if (writes != null) {
                Files.writeString(Path.of(args[5]), writes.baseUrl().replaceAll(".*:", ""), StandardCharsets.UTF_8);
            }
            Files.writeString(Path.of(args[3]), Integer.toString(gitlab.port()), StandardCharsets.UTF_8);
            System.out.println("fake GitLab at " + gitlab.baseUrl());
            while (System.in.read() >= 0) {
                // runs until the test closes our standard input
            }
        } finally {
            storage.stop();
        }
    }

    private static void serveReleases(WireMockServer server, String jobToken) {
        String releases = "/api/v4/projects/[^/]+/releases";
        server.stubFor(any(urlPathMatching(releases + "(/.*)?")).atPriority(5)
                .willReturn(json(401, "{\"message\":\"401 Unauthorized\"}")));
        server.stubFor(get(urlPathMatching(releases + "/.+")).atPriority(4).withHeader("JOB-TOKEN", equalTo(jobToken))
                .willReturn(json(404, "{\"message\":\"404 Not Found\"}")));
        server.stubFor(post(urlPathMatching(releases)).atPriority(4).withHeader("JOB-TOKEN", equalTo(jobToken))
                .willReturn(json(201, "{}")));
        server.addMockServiceRequestListener((request, response) -> {
            if (!RequestMethod.POST.equals(request.getMethod()) || response.getStatus() != 201
                    || !request.getUrl().replaceAll("\\?.*", "").matches(releases)) {
                return;
            }
            try {
                ObjectNode release = (ObjectNode) JSON.readTree(request.getBodyAsString());
                String tag = release.path("tag_name").asText();
                ObjectNode milestone = release.putArray("milestones").addObject();
                milestone.put("title", "decoy");
                milestone.put("description", "0".repeat(64) + "  psdm.jar\n" + "0".repeat(64) + "  psdm\n");
                // any spelling of the project (id or URL-encoded path) reaches the same release
                server.stubFor(get(urlPathMatching(releases + "/" + Pattern.quote(URLEncoder.encode(tag, StandardCharsets.UTF_8)))).atPriority(1)
                        .withHeader("JOB-TOKEN", equalTo(jobToken)).willReturn(json(200, JSON.writeValueAsString(release))));
                server.stubFor(post(urlPathMatching(releases)).atPriority(1).withHeader("JOB-TOKEN", equalTo(jobToken))
                        .withRequestBody(matchingJsonPath("$.tag_name", equalTo(tag)))
                        .willReturn(json(409, "{\"message\":\"Release already exists\"}")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void servePackages(WireMockServer server, WireMockServer storage, Path packages, String jobToken)
            throws IOException {
        Path log = packages.resolve("storage-requests.log");
        Files.createDirectories(packages);
        storage.addMockServiceRequestListener((request, response) -> {
            StringBuilder line = new StringBuilder(request.getMethod() + " " + request.getUrl());
            request.getHeaders().all().forEach(h -> line.append(" | ").append(h.key()).append(": ").append(String.join(",", h.values())));
            try {
                Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String route = "/api/v4/projects/[^/]+/packages/generic/.+";
        server.stubFor(get(urlPathMatching(route)).atPriority(5)
                .willReturn(json(401, "{\"message\":\"401 Unauthorized\"}")));
        server.stubFor(put(urlPathMatching(route)).atPriority(5)
                .willReturn(json(401, "{\"message\":\"401 Unauthorized\"}")));
        server.stubFor(put(urlPathMatching(route)).atPriority(1).withHeader("JOB-TOKEN", equalTo(jobToken))
                .willReturn(json(201, "{\"message\":\"201 Created\"}")));

        try (Stream<Path> files = Files.walk(packages)) {
            files.filter(Files::isRegularFile).forEach(f -> serveFile(server, storage, packages, f, jobToken));
        }
        // An accepted upload is stored, and from then on downloadable.
        server.addMockServiceRequestListener((request, response) -> {
            Matcher m = PACKAGE_FILE.matcher(request.getUrl().replaceAll("\\?.*", ""));
            if (RequestMethod.PUT.equals(request.getMethod()) && response.getStatus() == 201 && m.matches()) {
                Path file = packages.resolve(m.group(1)).resolve(m.group(2)).resolve(m.group(3));
                try {
                    Files.createDirectories(file.getParent());
                    Files.write(file, request.getBody());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                serveFile(server, storage, packages, file, jobToken);
            }
        });
    }

    private static void serveFile(WireMockServer server, WireMockServer storage, Path packages, Path file, String jobToken) {
        Path relative = packages.relativize(file);
        if (relative.getNameCount() != 3) {
            return;
        }
        String path = "/api/v4/projects/[^/]+/packages/generic/" + Pattern.quote(relative.getName(0).toString()) + "/"
                + Pattern.quote(relative.getName(1).toString()) + "/" + Pattern.quote(relative.getName(2).toString());
        try {
            byte[] body = Files.readAllBytes(file);
            String stored = "/storage/" + relative.toString().replace('\\', '/');
            storage.stubFor(get(urlPathEqualTo(stored))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream")
                            .withBody(body)));
            server.stubFor(get(urlPathMatching(path)).atPriority(1).withHeader("JOB-TOKEN", equalTo(jobToken))
                    .willReturn(aResponse().withStatus(302).withHeader("Location", "http://127.0.0.1:" + storage.port() + stored
                            + "?X-Amz-Expires=60&X-Amz-Signature=" + Integer.toHexString(stored.hashCode()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
