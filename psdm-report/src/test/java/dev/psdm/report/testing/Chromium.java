package dev.psdm.report.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol (Java's own WebSocket client, no driver), so
 * the HTML report's tests open the page as a reader does (issue 27 item 8): its DOM, its console, its
 * Content-Security-Policy, its PDF print. The browser starts with a fresh profile, no network of its own
 * ({@code --disable-background-networking}) and speaks to the test on 127.0.0.1 only. Where no browser is
 * installed, {@link #start()} skips the test with a message saying so; {@code .ci/run} installs one.
 */
public final class Chromium implements AutoCloseable {
    /** Where Debian's {@code chromium} package puts the browser; {@code -Dpsdm.chromium=PATH} names another. */
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The browser's path, or null when none is installed. */
    public static String executable() {
        String configured = System.getProperty("psdm.chromium");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return CANDIDATES.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    }

    /** Starts a browser, or skips the calling test (visibly) when there is none. */
    public static Chromium start() {
        String executable = executable();
        if (executable == null) {
            System.err.println("SKIPPED browser test: no Chromium at " + CANDIDATES
                    + " (apt-get install chromium, or -Dpsdm.chromium=PATH); .ci/run installs it");
        }
        assumeTrue(executable != null, "no Chromium installed (apt-get install chromium); .ci/run installs it");
        try {
            Path profile = Files.createTempDirectory("psdm-chromium");
            Process process = new ProcessBuilder(executable, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-dev-shm-usage", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                    "--user-data-dir=" + profile, "about:blank")
                    .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Chromium did not start: "
                            + Files.readString(profile.resolve("chromium.log")));
                }
                Thread.sleep(50);
            }
            List<String> lines = Files.readAllLines(portFile);
            URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
            Chromium[] self = new Chromium[1];
            StringBuilder partial = new StringBuilder();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                    .buildAsync(uri, new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            partial.append(data);
                            if (last) {
                                String message = partial.toString();
                                partial.setLength(0);
                                while (self[0] == null) {
                                    Thread.onSpinWait();
                                }
                                self[0].receive(message);
                            }
                            ws.request(1);
                            return null;
                        }
                    }).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            self[0] = new Chromium(process, profile, socket);
            return self[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not drive Chromium: " + e, e);
        }
    }

    private void receive(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            if (node.has("id")) {
                CompletableFuture<JsonNode> answer = pending.remove(node.get("id").asInt());
                if (answer != null) {
                    answer.complete(node);
                }
            } else {
                events.add(node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a command (to a page when {@code session} is given) and returns its result; fails on a protocol error. */
    JsonNode send(String session, String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", JSON.valueToTree(params));
        if (session != null) {
            command.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            socket.sendText(command.toString(), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + ": " + reply.get("error"));
            }
            return reply.get("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (Exception e) {
            throw e instanceof IllegalStateException ise ? ise : new IllegalStateException(method + ": " + e, e);
        }
    }

    /** Opens a file in a new tab of this size (CSS pixels) and waits for its load event. */
    public Page open(Path file, int width, int height) {
        String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        String session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asText();
        Page page = new Page(this, session);
        send(session, "Runtime.enable", Map.of());
        send(session, "Log.enable", Map.of());
        send(session, "Page.enable", Map.of());
        send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
        int seen = events.size();
        send(session, "Page.navigate", Map.of("url", file.toUri().toString()));
        page.awaitEvent("Page.loadEventFired", seen);
        return page;
    }

    /** A tab with a loaded page. */
    public static final class Page {
        private final Chromium browser;
        private final String session;

        private Page(Chromium browser, String session) {
            this.browser = browser;
            this.session = session;
        }

        private void awaitEvent(String method, int after) {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (browser.events.stream().skip(after)
                    .noneMatch(e -> method.equals(e.path("method").asText()) && session.equals(e.path("sessionId").asText()))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no " + method + " within " + TIMEOUT);
                }
                pause();
            }
        }

        /** Evaluates a JavaScript expression in the page (the test's, not the page's: CSP does not apply) and returns its JSON value. */
        public JsonNode eval(String expression) {
            JsonNode result = browser.send(session, "Runtime.evaluate", Map.of("expression", expression,
                    "returnByValue", true, "awaitPromise", true));
            if (result.has("exceptionDetails")) {
                throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /**
         * What the page said on its console or the browser logged about it at level error (a script error, a
         * blocked resource, a Content-Security-Policy violation), as text.
         */
        public List<String> consoleErrors() {
            List<String> errors = new ArrayList<>();
            for (JsonNode e : browser.events) {
                if (!session.equals(e.path("sessionId").asText())) {
                    continue;
                }
                String method = e.path("method").asText();
                JsonNode p = e.path("params");
                if (method.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error")) {
                    errors.add(p.path("entry").path("source").asText() + ": " + p.path("entry").path("text").asText());
                } else if (method.equals("Runtime.consoleAPICalled") && p.path("type").asText().equals("error")) {
                    errors.add("console: " + p.path("args"));
                } else if (method.equals("Runtime.exceptionThrown")) {
                    errors.add("exception: " + p.path("exceptionDetails"));
                }
            }
            return errors;
        }

        /** The page printed as the browser's "Save as PDF" does, on paper of this size in inches, with its print stylesheet. */
        public byte[] printToPdf(double widthInches, double heightInches) {
            JsonNode result = browser.send(session, "Page.printToPDF", Map.of("paperWidth", widthInches,
                    "paperHeight", heightInches, "printBackground", true, "preferCSSPageSize", false,
                    "marginTop", 0.4, "marginBottom", 0.4, "marginLeft", 0.4, "marginRight", 0.4));
            return Base64.getDecoder().decode(result.get("data").asText());
        }

        /** Lays the page out as printed ({@code @media print}) at this width in CSS pixels, as a page of that paper would. */
        public void emulatePrint(int width, int height) {
            browser.send(session, "Emulation.setEmulatedMedia", Map.of("media", "print"));
            browser.send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", false));
        }

        /** A PNG of the viewport (the top of the page, as a reader first sees it). */
        public byte[] screenshot() {
            JsonNode result = browser.send(session, "Page.captureScreenshot", Map.of("format", "png"));
            return Base64.getDecoder().decode(result.get("data").asText());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the process is ended below either way
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException e) {
                // a Chromium helper process still ending removed its own temporary file while the profile was walked
                // (seen on a loaded machine): the file is gone, which is what deleting it wanted
                if (!(e.getCause() instanceof java.nio.file.NoSuchFileException)) {
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
