package dev.psdm.gitlab.publish;

import dev.psdm.gitlab.GitLabConnection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where every write goes: to GitLab with {@code --apply}, otherwise only into the list a dry run prints
 * (issue 30 item 5: every write command is a dry run unless told otherwise). Reads always go to GitLab,
 * so a dry run plans from the real state and prints exactly what {@code --apply} would send.
 */
public final class Writes {
    private final GitLabConnection connection;
    private final boolean apply;
    private final List<WriteRequest> planned = new ArrayList<>();

    private Writes(GitLabConnection connection, boolean apply) {
        this.connection = connection;
        this.apply = apply;
    }

    /** Sends nothing; {@link #planned()} lists what would have been sent. */
    public static Writes dryRun(GitLabConnection connection) {
        return new Writes(connection, false);
    }

    /** Sends every write to GitLab. */
    public static Writes applying(GitLabConnection connection) {
        return new Writes(connection, true);
    }

    public boolean applies() {
        return apply;
    }

    /** The connection, for the reads a publish makes before it decides what to write. */
    public GitLabConnection connection() {
        return connection;
    }

    /** The answer's body with {@code --apply}; null in a dry run, which sends nothing. */
    public String send(WriteRequest request) {
        return send(request, Map::of);
    }

    /** As {@link #send(WriteRequest)}, with headers computed for every attempt (a signature). */
    public String send(WriteRequest request, Supplier<Map<String, String>> headers) {
        planned.add(request);
        if (!apply) {
            return null;
        }
        return connection.write(request.method(), request.path(), request.json(), headers);
    }

    /** Every write, sent or planned, in order. */
    public List<WriteRequest> planned() {
        return List.copyOf(planned);
    }
}
