package dev.psdm.gitlab.publish;

import com.fasterxml.jackson.databind.JsonNode;
import dev.psdm.gitlab.GitLabConnection;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reminder notes on offending issues (issue 30 item 2): one note per finding, never repeated within
 * {@code every} (an earlier reminder is found by its marker among the issue's latest notes: only the offending
 * issues' notes are read, one request per issue), at most {@code maxNotes} a run. The cadence is measured from
 * {@code now}, which the caller takes from the report's as-of, not from the system clock.
 */
public final class Reminders {
    /** How many of an issue's latest notes are searched for an earlier reminder. */
    static final int NOTES_READ = 100;

    private final Writes writes;
    private final Duration every;
    private final int maxNotes;
    private final Instant now;

    public Reminders(Writes writes, Duration every, int maxNotes, Instant now) {
        if (every.isNegative() || maxNotes < 0) {
            throw new IllegalArgumentException("the cadence and the cap must not be negative");
        }
        this.writes = writes;
        this.every = every;
        this.maxNotes = maxNotes;
        this.now = now;
    }

    /**
     * @param reminders in the order they should go out when the cap cuts them short
     * @return what happened
     */
    public Outcome remind(String project, List<Reminder> reminders) {
        Map<Long, List<Reminder>> byIssue = new LinkedHashMap<>();
        reminders.forEach(r -> byIssue.computeIfAbsent(r.issueIid(), k -> new ArrayList<>()).add(r));
        int posted = 0;
        int recent = 0;
        int capped = 0;
        for (Map.Entry<Long, List<Reminder>> issue : byIssue.entrySet()) {
            if (posted >= maxNotes) {
                capped += issue.getValue().size();
                continue;
            }
            String path = "projects/" + project + "/issues/" + issue.getKey() + "/notes";
            JsonNode notes = latestNotes(writes.connection(), path);
            for (Reminder reminder : issue.getValue()) {
                if (remindedSince(notes, reminder, now.minus(every))) {
                    recent++;
                } else if (posted >= maxNotes) {
                    capped++;
                } else {
                    writes.send(new WriteRequest("POST", path, Json.write(Json.object().put("body",
                            reminder.text() + "\n\n" + reminder.marker())), "reminder of " + reminder.ruleId()
                            + " on #" + reminder.issueIid()));
                    posted++;
                }
            }
        }
        return new Outcome(posted, recent, capped);
    }

    /**
     * @param posted notes sent (or planned, in a dry run)
     * @param recent findings already reminded of within the cadence
     * @param capped findings left for a later run by {@code --max-notes}
     */
    public record Outcome(int posted, int recent, int capped) {
    }

    private static JsonNode latestNotes(GitLabConnection gitlab, String path) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("sort", "desc");
        query.put("order_by", "created_at");
        query.put("per_page", Integer.toString(NOTES_READ));
        return Json.parse(gitlab.get(path, query), "GET /projects/:id/issues/:iid/notes");
    }

    /** A note of psdm's carrying the rule's marker, created after {@code since}; an unreadable date counts as recent. */
    static boolean remindedSince(JsonNode notes, Reminder reminder, Instant since) {
        for (JsonNode note : notes) {
            if (note.path("body").asText("").contains(reminder.marker())) {
                try {
                    if (Instant.parse(note.path("created_at").asText()).isAfter(since)) {
                        return true;
                    }
                } catch (DateTimeParseException e) {
                    return true; // never remind twice on a date GitLab wrote in a form we cannot read
                }
            }
        }
        return false;
    }
}
