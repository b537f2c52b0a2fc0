package dev.psdm.gitlab;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static dev.psdm.gitlab.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 22 item 6: a server that trickles its answer, a byte every 100 ms, is never cut off by the
 * read timeout (each byte arrives well within it); {@code --fetch-deadline 20} once ran 160 s. The
 * deadline now bounds a request in progress. The server is a plain socket on 127.0.0.1 that answers
 * every request with a 200 and a 100,000-byte body it sends one byte at a time.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SlowAnswerTest {
    private ServerSocket server;
    private Thread serving;

    @BeforeEach
    void startTricklingServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        serving = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread t = new Thread(() -> trickle(socket), "trickle");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "trickling-server");
        serving.setDaemon(true);
        serving.start();
    }

    private static void trickle(Socket socket) {
        try (socket) {
            BufferedReader request = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            for (String line = request.readLine(); line != null && !line.isEmpty(); line = request.readLine()) {
                // the request's headers
            }
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            for (int i = 0; i < 100_000; i++) {
                out.write(i == 0 ? '[' : ' ');
                out.flush();
                Thread.sleep(100);
            }
        } catch (IOException | InterruptedException gone) {
            // the client hung up: what the test wants
        }
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void theFetchDeadlineCutsOffAnAnswerThatTrickles() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> GitLabSnapshotLoader.builder()
                .baseUrl("http://127.0.0.1:" + server.getLocalPort())
                .project("group/project")
                .token(() -> TOKEN)
                .readTimeout(Duration.ofSeconds(1))
                .retryPolicy(RetryPolicy.defaults().withDeadline(Duration.ofSeconds(2)))
                .build().fetch())
                .isInstanceOf(GitLabFetchException.class)
                .hasMessageStartingWith("gave up on http://127.0.0.1:" + server.getLocalPort()
                        + "/api/v4/projects/group%2Fproject: the fetch deadline of 2 s passed while GitLab was still"
                        + " sending its answer (");

        // the deadline, plus at most one chunk's wait (the read timeout), plus slack for a busy machine
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
