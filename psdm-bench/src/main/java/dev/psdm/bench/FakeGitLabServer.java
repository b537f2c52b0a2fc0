package dev.psdm.bench;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.model.json.SnapshotJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
 *       Requests without the job token are answered 401.</li>
 * </ul>
 *
 * <pre>
 * java -cp ... dev.psdm.bench.FakeGitLabServer SNAPSHOT PACKAGES_DIR JOB_TOKEN PORT_FILE
 * </pre>
 * It writes its base URL's port to PORT_FILE once it listens, and runs until its standard input closes.
 */
public final class FakeGitLabServer {
    private static final Pattern PACKAGE_FILE =
            Pattern.compile("/api/v4/projects/[^/]+/packages/generic/([\\w.-]+)/([\\w.+-]+)/([\\w.-]+)");

    private FakeGitLabServer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: FakeGitLabServer SNAPSHOT PACKAGES_DIR JOB_TOKEN PORT_FILE");
            System.exit(2);
        }
        Path packages = Path.of(args[1]);
        String jobToken = args[2];
        try (FakeGitLab gitlab = FakeGitLab.start()) {
            gitlab.serve(GitLabFixtures.fromSnapshot(SnapshotJson.read(Path.of(args[0]))));
            servePackages(gitlab.server(), packages, jobToken);
            Files.writeString(Path.of(args[3]), Integer.toString(gitlab.port()), StandardCharsets.UTF_8);
            System.out.println("fake GitLab at " + gitlab.baseUrl());
            while (System.in.read() >= 0) {
                // runs until the test closes our standard input
            }
        }
    }

    private static void servePackages(WireMockServer server, Path packages, String jobToken) throws IOException {
        String route = "/api/v4/projects/[^/]+/packages/generic/.+";
        server.stubFor(get(urlPathMatching(route)).atPriority(5)
                .willReturn(json(401, "{\"message\":\"401 Unauthorized\"}")));
        server.stubFor(put(urlPathMatching(route)).atPriority(5)
                .willReturn(json(401, "{\"message\":\"401 Unauthorized\"}")));
        server.stubFor(put(urlPathMatching(route)).atPriority(1).withHeader("JOB-TOKEN", equalTo(jobToken))
                .willReturn(json(201, "{\"message\":\"201 Created\"}")));

        Files.createDirectories(packages);
        try (Stream<Path> files = Files.walk(packages)) {
            files.filter(Files::isRegularFile).forEach(f -> serveFile(server, packages, f, jobToken));
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
                serveFile(server, packages, file, jobToken);
            }
        });
    }

    private static void serveFile(WireMockServer server, Path packages, Path file, String jobToken) {
        Path relative = packages.relativize(file);
        if (relative.getNameCount() != 3) {
            return;
        }
        String path = "/api/v4/projects/[^/]+/packages/generic/" + Pattern.quote(relative.getName(0).toString()) + "/"
                + Pattern.quote(relative.getName(1).toString()) + "/" + Pattern.quote(relative.getName(2).toString());
        try {
            byte[] body = Files.readAllBytes(file);
            server.stubFor(get(urlPathMatching(path)).atPriority(1).withHeader("JOB-TOKEN", equalTo(jobToken))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream")
                            .withBody(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
