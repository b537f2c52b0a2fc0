import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.LinkOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The download step of the CI template (examples/gitlab-ci/psdm-check.gitlab-ci.yml), in Java because
 * the template's image (eclipse-temurin:25-jre) has a JVM but neither curl nor wget. The template
 * carries this class compiled (a JRE has no compiler, so `java PsdmFetch.java` would not run there);
 * .ci/embed-fetch rebuilds it from this file and .ci/pipeline-test fails when the two differ.
 *
 * <pre>CI_JOB_TOKEN=... java -cp DIR PsdmFetch API_V4_URL PROJECT VERSION CACHE RUN FILE...</pre>
 *
 * 1. Reads the GitLab release vVERSION of PROJECT (GET /projects/:id/releases/:tag_name) and the
 *    SHA-256 digests its description records: the release job of psdm-check's tag pipeline writes
 *    them once, and only those allowed to create the protected tag may edit a release.
 * 2. Makes RUN a new directory only this user can enter (0700), and puts each FILE there (0600, the
 *    launcher 0700): copied from CACHE (the CI cache: anyone's pipeline may have written it) when it
 *    has the recorded digest, else downloaded from PROJECT's Generic Package Registry, kept only if
 *    it has the recorded digest, and copied into CACHE for the next job. Each file is dated by its
 *    digest, so the jar a class archive was recorded with always has the same date.
 * 3. The job token goes to GitLab only: a redirect (GitLab sends package downloads to object storage
 *    when files live there) is followed by a new request without the token.
 *
 * Every failure is one line naming its cause, exit code 2. Compiled for Java 11 so that an older JVM
 * is told what it lacks rather than failing with a class-version error.
 */
public final class PsdmFetch {
    private static final Pattern DIGEST_LINE = Pattern.compile("(?m)^\\s*([0-9a-f]{64})  ([A-Za-z0-9._-]+)\\s*$");
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    private final String api;
    private final String project;
    private final String version;
    private final String jobToken;

    private PsdmFetch(String api, String project, String version, String jobToken) {
        this.api = api.replaceAll("/+$", "");
        this.project = project;
        this.version = version;
        this.jobToken = jobToken;
    }

    public static void main(String[] args) {
        if (Runtime.version().feature() < 17) {
            fail("psdm needs Java 17 or later; this image's java is " + Runtime.version()
                    + " (set the template's image input to an image with Java 17 or later)");
        }
        if (args.length < 6) {
            fail("usage: PsdmFetch API_V4_URL PROJECT VERSION CACHE RUN FILE...");
        }
        String token = System.getenv("CI_JOB_TOKEN");
        if (token == null || token.isEmpty()) {
            fail("CI_JOB_TOKEN is not set: the download must run in a GitLab CI job");
        }
        PsdmFetch fetch = new PsdmFetch(args[0], args[1], args[2], token);
        try {
            Map<String, String> recorded = fetch.releaseDigests();
            Path cache = Path.of(args[3]);
            Path run = Path.of(args[4]);
            Files.createDirectories(cache);
            deleteTree(run);
            Files.createDirectories(run.toAbsolutePath().getParent());
            Files.createDirectory(run, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            for (int i = 5; i < args.length; i++) {
                fetch.file(cache, run, args[i], recorded);
            }
        } catch (IOException e) {
            fail("cannot reach " + URI.create(fetch.api).getHost() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    private String projectUrl() {
        return api + "/projects/" + URLEncoder.encode(project, StandardCharsets.UTF_8);
    }

    /** File name to SHA-256, from the description of release vVERSION. */
    private Map<String, String> releaseDigests() throws IOException, InterruptedException {
        String tag = "v" + version;
        String url = projectUrl() + "/releases/" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(gitLab(url).build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 404) {
            fail(project + " has no release " + tag + " that this job may see (" + url + " answered 404): tag " + tag
                    + " in " + project + " and let its tag pipeline publish the release (examples/gitlab-ci/README.md, "
                    + "Before you start); GitLab also answers 404 when the job token may not read " + project + ". "
                    + whoMayDownload());
        }
        if (status != 200) {
            fail(refused(url, status));
        }
        String description;
        try {
            description = topLevelString(response.body(), "description");
        } catch (RuntimeException e) {
            description = null;
            fail(url + " answered 200, but not with a release in JSON (" + e.getMessage() + ")");
        }
        if (description == null) {
            fail("release " + tag + " of " + project + " has no description (" + url + "): it records no digests, not running psdm");
        }
        Map<String, String> digests = new HashMap<>();
        Matcher m = DIGEST_LINE.matcher(description);
        while (m.find()) {
            digests.put(m.group(2), m.group(1));
        }
        return digests;
    }

    private void file(Path cache, Path run, String name, Map<String, String> recorded) throws IOException, InterruptedException {
        String expected = recorded.get(name);
        if (expected == null) {
            fail("release v" + version + " of " + project + " records no SHA-256 for " + name
                    + " (a release made by hand, or before psdm-check recorded digests): not running it");
        }
        Path target = run.resolve(name);
        Path cached = cache.resolve(name);
        if (Files.isRegularFile(cached, LinkOption.NOFOLLOW_LINKS)) {
            Files.copy(cached, target, LinkOption.NOFOLLOW_LINKS);
            if (expected.equals(sha256(target))) {
                seal(target, name, expected);
                System.out.println("psdm-check " + version + ": " + name + " from the CI cache, SHA-256 as release v" + version + " recorded");
                return;
            }
            Files.delete(target);
            System.out.println("psdm-check " + version + ": the CI cache's " + name + " is not the release's; downloading it");
        } else {
            System.out.println("psdm-check " + version + ": downloading " + name + " from " + project);
        }
        String url = projectUrl() + "/packages/generic/psdm-check/" + URLEncoder.encode(version, StandardCharsets.UTF_8) + "/" + name;
        download(url, target);
        String actual = sha256(target);
        if (!expected.equals(actual)) {
            Files.delete(target);
            fail("checksum mismatch: " + name + " from the package registry of " + project + " has SHA-256 " + actual
                    + ", but release v" + version + " recorded " + expected
                    + ": not running it (the package was replaced after the release, or the download is corrupt)");
        }
        seal(target, name, expected);
        System.out.println("psdm-check " + version + ": " + name + " downloaded, SHA-256 as release v" + version + " recorded");
        try {
            Path part = cache.resolve("." + name + ".part");
            Files.copy(target, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.out.println("psdm-check " + version + ": not kept in the CI cache (" + e + ")");
        }
    }

    /** 0600 (the launcher 0700), dated by the digest's first 28 bits as the release's class archive expects. */
    private static void seal(Path file, String name, String digest) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(name.contains(".") ? "rw-------" : "rwx------"));
        Files.setLastModifiedTime(file, FileTime.from(Long.parseLong(digest.substring(0, 7), 16), TimeUnit.SECONDS));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (var entries = Files.list(dir)) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    deleteTree(entry);
                }
            }
        }
        Files.delete(dir);
    }

    /** GET url with the job token; a redirect is followed without it, to wherever it points. */
    private void download(String url, Path to) throws IOException, InterruptedException {
        HttpRequest request = gitLab(url).timeout(Duration.ofMinutes(10)).build();
        String where = url;
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            if (status == 200) {
                try (InputStream body = response.body()) {
                    Files.copy(body, to, StandardCopyOption.REPLACE_EXISTING);
                }
                return;
            }
            response.body().close();
            Optional<String> location = response.headers().firstValue("Location");
            if (status / 100 == 3 && location.isPresent() && hop < MAX_REDIRECTS) {
                URI next = URI.create(where).resolve(location.get());
                if (!"https".equals(next.getScheme()) && !"http".equals(next.getScheme())) {
                    fail(where + " redirected to a " + next.getScheme() + " address: not following it");
                }
                where = next.toString();
                // a new request: no JOB-TOKEN (nor anything else of GitLab's) for the storage host
                request = HttpRequest.newBuilder(next).timeout(Duration.ofMinutes(10)).GET().build();
                continue;
            }
            if (hop > 0) {
                fail(safe(where) + " (where " + url + " redirected the download) answered " + status);
            }
            if (status == 404) {
                fail("the package registry of " + project + " has no " + name(url) + " for psdm-check " + version + " (" + url
                        + " answered 404): the release's tag pipeline did not publish it, or someone deleted it");
            }
            fail(refused(url, status));
        }
    }

    private HttpRequest.Builder gitLab(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("JOB-TOKEN", jobToken).GET();
    }

    private String refused(String url, int status) {
        if (status == 401 || status == 403) {
            return url + " answered " + status + ": this job's CI_JOB_TOKEN may not read " + project + ". " + whoMayDownload();
        }
        return url + " answered " + status;
    }

    private String whoMayDownload() {
        return "The job token acts as the user who started the pipeline (the schedule's owner, whoever selected Run pipeline, "
                + "the merge request's author): that user needs at least the Reporter role in " + project + " unless its package "
                + "registry and releases are public, and " + project + " must list this project or its group under Settings > "
                + "CI/CD > Job token permissions (examples/gitlab-ci/README.md, Who may download).";
    }

    private static String name(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** The address without its query: a pre-signed storage URL carries its signature there. */
    private static String safe(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            StringBuilder hex = new StringBuilder();
            for (byte b : digest.digest()) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- JSON: just enough to read one top-level string member (other members, nested ones
    // included, may say anything: a milestone's description is written by whoever may edit it) ----

    /** The string value of the top-level member NAME of the JSON object TEXT, or null. */
    static String topLevelString(String text, String name) {
        int[] at = {0};
        skipSpace(text, at);
        if (at[0] >= text.length() || text.charAt(at[0]) != '{') {
            return null;
        }
        at[0]++;
        String found = null;
        while (true) {
            skipSpace(text, at);
            if (at[0] < text.length() && text.charAt(at[0]) == '}') {
                return found;
            }
            String key = string(text, at);
            skipSpace(text, at);
            expect(text, at, ':');
            skipSpace(text, at);
            if (name.equals(key) && text.charAt(at[0]) == '"') {
                found = string(text, at);
            } else {
                skipValue(text, at);
            }
            skipSpace(text, at);
            if (text.charAt(at[0]) == ',') {
                at[0]++;
            } else {
                expect(text, at, '}');
                return found;
            }
        }
    }

    private static void skipValue(String text, int[] at) {
        char c = text.charAt(at[0]);
        if (c == '"') {
            string(text, at);
        } else if (c == '{' || c == '[') {
            char close = c == '{' ? '}' : ']';
            at[0]++;
            skipSpace(text, at);
            if (text.charAt(at[0]) == close) {
                at[0]++;
                return;
            }
            while (true) {
                skipSpace(text, at);
                if (c == '{') {
                    string(text, at);
                    skipSpace(text, at);
                    expect(text, at, ':');
                    skipSpace(text, at);
                }
                skipValue(text, at);
                skipSpace(text, at);
                if (text.charAt(at[0]) == ',') {
                    at[0]++;
                } else {
                    expect(text, at, close);
                    return;
                }
            }
        } else {
            while (at[0] < text.length() && "{}[],: \t\r\n\"".indexOf(text.charAt(at[0])) < 0) {
                at[0]++; // number, true, false, null
            }
        }
    }

    private static String string(String text, int[] at) {
        expect(text, at, '"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(at[0]++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(at[0]++);
            switch (e) {
                case 'n': out.append('\n'); break;
                case 't': out.append('\t'); break;
                case 'r': out.append('\r'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'u': out.append((char) Integer.parseInt(text.substring(at[0], at[0] + 4), 16)); at[0] += 4; break;
                default: out.append(e); // \" \\ \/
            }
        }
    }

    private static void skipSpace(String text, int[] at) {
        while (at[0] < text.length() && Character.isWhitespace(text.charAt(at[0]))) {
            at[0]++;
        }
    }

    private static void expect(String text, int[] at, char c) {
        if (at[0] >= text.length() || text.charAt(at[0]) != c) {
            throw new IllegalArgumentException("not JSON: expected '" + c + "' at offset " + at[0]);
        }
        at[0]++;
    }

    private static void fail(String message) {
        System.err.println("psdm-check: " + message);
        System.exit(2);
    }
}
