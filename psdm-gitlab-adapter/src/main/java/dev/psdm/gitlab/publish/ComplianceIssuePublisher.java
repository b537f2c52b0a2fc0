package dev.psdm.gitlab.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.GitLabConnection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Keeps one "PSDM compliance" issue per project true to the latest check (issue 30 item 1), idempotently:
 *
 * <ul>
 *   <li>the issue is found by its {@link ComplianceMarker} (one search request), never by title, and created
 *       with description, posture label, assignee and confidentiality in one {@code POST} when missing;</li>
 *   <li>an unchanged outcome (same fingerprint, posture label in place) sends no write at all;</li>
 *   <li>a changed one rewrites the description and swaps the posture label in one {@code PUT}
 *       ({@code add_labels}/{@code remove_labels}: the team's own labels stay), and, when the failing rules
 *       changed, adds one note naming the newly failing and the fixed rules.</li>
 * </ul>
 *
 * <p>Convergence after a kill or a lost answer: the note goes first and carries its own marker with the failing
 * rules it announces; a re-run that still sees the old description reads the issue's latest notes and does not
 * post the same note twice, then writes the description. A {@code POST} is never retried blindly
 * ({@code Requester}), so a lost answer to a create is found by its marker on the next run.
 */
public final class ComplianceIssuePublisher {
    /** GitLab's limit on a description is 1,048,576 characters (doc/api/issues.md); room is left for the marker. */
    static final int MAX_DESCRIPTION = 1_000_000;
    static final String NOTE_KEY = "psdm-check:outcome-note";

    private final Writes writes;
    private final PostureLabels labels;
    private final String key;

    public ComplianceIssuePublisher(Writes writes, PostureLabels labels) {
        this(writes, labels, ComplianceMarker.KEY);
    }

    /**
     * @param key the marker's key: {@link ComplianceMarker#KEY} for a project's compliance issue,
     *            {@link ComplianceMarker#PORTFOLIO_KEY} for a group's summary issue
     */
    public ComplianceIssuePublisher(Writes writes, PostureLabels labels, String key) {
        this.writes = writes;
        this.labels = labels;
        this.key = key;
    }

    /**
     * @param project the numeric project id or its URL-encoded path
     */
    public PublishResult publish(String project, PublishContent content) {
        GitLabConnection gitlab = writes.connection();
        int before = writes.planned().size();
        JsonNode existing = find(gitlab, project, key);
        String description = description(content);
        String label = labels.label(content.posture());
        if (existing == null) {
            ObjectNode body = Json.object().put("title", content.title()).put("description", description)
                    .put("labels", label).put("confidential", content.confidential());
            if (content.assignee() != null) {
                body.putArray("assignee_ids").add(userId(gitlab, content.assignee()));
            }
            String answer = writes.send(new WriteRequest("POST", "projects/" + project + "/issues", Json.write(body),
                    "create issue \"" + content.title() + "\" with the report (" + description.length()
                            + " characters), label " + label + (content.assignee() != null ? ", assignee @" + content.assignee() : "")
                            + (content.confidential() ? ", confidential" : "")));
            JsonNode created = answer == null ? null : Json.parse(answer, "POST /projects/:id/issues");
            return result("created", created, before);
        }
        long iid = existing.path("iid").asLong();
        ComplianceMarker old = ComplianceMarker.in(key, existing.path("description").asText()).orElseThrow();
        List<String> present = new ArrayList<>();
        existing.path("labels").forEach(l -> present.add(l.isTextual() ? l.asText() : l.path("name").asText()));
        List<String> stale = labels.all().stream().filter(l -> !l.equals(label) && present.contains(l)).toList();
        boolean labelRight = present.contains(label) && stale.isEmpty();
        if (old.fingerprint().equals(content.fingerprint()) && labelRight) {
            return result("unchanged", existing, before);
        }
        String issuePath = "projects/" + project + "/issues/" + iid;
        if (!old.failingRules().equals(content.failingRules())) {
            String note = changeNote(old.failingRules(), content.failingRules());
            if (!alreadyNoted(gitlab, issuePath, content.failingRules())) {
                writes.send(new WriteRequest("POST", issuePath + "/notes", Json.write(Json.object().put("body", note)),
                        "note: " + firstLine(note)));
            }
        }
        ObjectNode body = Json.object().put("description", description).put("add_labels", label);
        if (!stale.isEmpty()) {
            body.put("remove_labels", String.join(",", stale));
        }
        writes.send(new WriteRequest("PUT", issuePath, Json.write(body), "description rewritten with the report ("
                + description.length() + " characters), label " + label
                + (stale.isEmpty() ? "" : ", label " + String.join(", ", stale) + " removed")));
        return result("updated", existing, before);
    }

    private PublishResult result(String action, JsonNode issue, int before) {
        List<WriteRequest> sent = writes.planned().subList(before, writes.planned().size());
        Long iid = issue == null || !issue.hasNonNull("iid") ? null : issue.path("iid").asLong();
        String url = issue == null || !issue.hasNonNull("web_url") ? null : issue.path("web_url").asText();
        return new PublishResult(action, iid, url, sent);
    }

    /**
     * The project's compliance issue: the oldest open or closed issue whose description carries the marker.
     * GitLab's search matches the marker's words in descriptions; the marker itself is checked here, so a
     * search that matched loosely, or an issue quoting the key in prose, is never taken for psdm's.
     */
    static JsonNode find(GitLabConnection gitlab, String project, String key) {
        JsonNode list = Json.parse(gitlab.get("projects/" + project + "/issues",
                RecordPreparer.descriptionSearch(key)), "GET /projects/:id/issues");
        JsonNode oldest = null;
        for (JsonNode issue : list) {
            if (ComplianceMarker.in(key, issue.path("description").asText(null)).isPresent()
                    && (oldest == null || issue.path("iid").asLong() < oldest.path("iid").asLong())) {
                oldest = issue;
            }
        }
        return oldest;
    }

    /** Whether one of the issue's latest notes already announces {@code failing} (a run killed after its note). */
    private static boolean alreadyNoted(GitLabConnection gitlab, String issuePath, SortedSet<String> failing) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("sort", "desc");
        query.put("order_by", "created_at");
        query.put("per_page", "20");
        JsonNode notes = Json.parse(gitlab.get(issuePath + "/notes", query), "GET /projects/:id/issues/:iid/notes");
        String marker = noteMarker(failing);
        for (JsonNode note : notes) {
            if (note.path("body").asText("").contains(marker)) {
                return true;
            }
        }
        return false;
    }

    static String noteMarker(SortedSet<String> failing) {
        return "<!-- " + NOTE_KEY + " failing=" + String.join(",", failing) + " -->";
    }

    static String changeNote(SortedSet<String> before, SortedSet<String> now) {
        SortedSet<String> added = new TreeSet<>(now);
        added.removeAll(before);
        SortedSet<String> fixed = new TreeSet<>(before);
        fixed.removeAll(now);
        StringBuilder note = new StringBuilder("The PSDM check outcome changed:");
        if (!added.isEmpty()) {
            note.append(" newly failing ").append(String.join(", ", added)).append('.');
        }
        if (!fixed.isEmpty()) {
            note.append(" fixed ").append(String.join(", ", fixed)).append('.');
        }
        note.append(now.isEmpty() ? " No rule fails now." : " Failing now: " + now.size() + " rule"
                + (now.size() == 1 ? "" : "s") + ".");
        return note.append("\n\n").append(noteMarker(now)).toString();
    }

    private String description(PublishContent content) {
        String marker = new ComplianceMarker(content.fingerprint(), content.failingRules()).line(key);
        String report = content.markdown();
        if (report.length() > MAX_DESCRIPTION) {
            report = report.substring(0, MAX_DESCRIPTION) + "\n\n… (the report was cut at " + MAX_DESCRIPTION
                    + " characters, GitLab's limit; the full report is in the job's artifacts)\n";
        }
        return marker + "\n\n" + report;
    }

    /** {@code GET /users?username=} (doc/api/users.md): issues take assignee ids, people give usernames. */
    private static long userId(GitLabConnection gitlab, String username) {
        JsonNode users = Json.parse(gitlab.get("users", Map.of("username", username)), "GET /users");
        if (!users.isArray() || users.isEmpty() || !users.get(0).hasNonNull("id")) {
            throw new PublishException("no GitLab user '" + username + "' to assign the compliance issue to");
        }
        return users.get(0).path("id").asLong();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
