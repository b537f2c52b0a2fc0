package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.psdm.model.Board;
import dev.psdm.model.DataGap;
import dev.psdm.model.Epic;
import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.IterationState;
import dev.psdm.model.Label;
import dev.psdm.model.Milestone;
import dev.psdm.model.WikiPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.psdm.gitlab.JsonFields.array;
import static dev.psdm.gitlab.JsonFields.bool;
import static dev.psdm.gitlab.JsonFields.date;
import static dev.psdm.gitlab.JsonFields.instant;
import static dev.psdm.gitlab.JsonFields.intValue;
import static dev.psdm.gitlab.JsonFields.longValue;
import static dev.psdm.gitlab.JsonFields.object;
import static dev.psdm.gitlab.JsonFields.requiredLong;
import static dev.psdm.gitlab.JsonFields.requiredText;
import static dev.psdm.gitlab.JsonFields.text;

/**
 * One GitLab REST record (as documented in {@code doc/api/*.md}) → one snapshot record, read from
 * the JSON itself rather than through gitlab4j's model classes: those fail a whole page on one value
 * they do not know (a new work item type, a string where they declare a number), and they drop
 * what psdm needs ({@code issue_type}, {@code epic.id}, {@code epic.group_id}, an absent
 * {@code weight} key, {@code sequence}). A record that cannot be used throws {@link UnusableRecord}.
 */
final class GitLabRecords {
    private GitLabRecords() {
    }

    /** How a notice names a record: {@code issue #12}, {@code iteration 53 (Iteration II)}. */
    static String subject(String resource, JsonNode n) {
        String id = n.path("id").asText("?");
        String title = n.path("title").isValueNode() && !n.path("title").isNull() ? n.path("title").asText() : null;
        String named = title == null ? "" : " (" + Failure.oneLine(title) + ")";
        return switch (resource) {
            case DataGap.ISSUES -> "issue #" + n.path("iid").asText("?") + named;
            case DataGap.ITERATIONS -> "iteration " + id + named;
            case DataGap.MILESTONES -> "milestone " + id + named;
            case DataGap.LABELS -> "label " + id + (n.path("name").isTextual() ? " (" + n.path("name").asText() + ")" : "");
            case DataGap.EPICS -> "epic &" + n.path("iid").asText("?") + (n.path("group_id").isNumber()
                    ? " of group " + n.path("group_id").asText() : "") + named;
            case DataGap.BOARDS -> "board " + id + (n.path("name").isTextual() ? " (" + n.path("name").asText() + ")" : "");
            case DataGap.WIKI -> "wiki page " + (n.path("slug").isTextual() ? "'" + n.path("slug").asText() + "'" : named);
            default -> resource + " " + id;
        };
    }

    static Issue issue(JsonNode n) {
        List<String> assignees = new ArrayList<>();
        List<JsonNode> listed = array(n, "assignees");
        if (!listed.isEmpty()) {
            for (JsonNode a : listed) {
                String username = a.isObject() ? text(a, "username") : null;
                if (username != null) {
                    assignees.add(username);
                }
            }
        } else if (object(n, "assignee") != null && text(n.get("assignee"), "username") != null) {
            assignees.add(text(n.get("assignee"), "username"));
        }
        JsonNode iteration = object(n, "iteration");
        JsonNode milestone = object(n, "milestone");
        JsonNode epic = object(n, "epic");
        // epic_iid is deprecated (API v5 drops it) and sent alongside `epic`; some answers carry only one
        Long epicIid = epic != null && longValue(epic, "iid") != null ? longValue(epic, "iid") : longValue(n, "epic_iid");
        Integer weight = intValue(n, "weight");
        if (weight != null && weight < 0) {
            // the snapshot reader refuses it too: a negative weight made both weight rules pass
            throw new UnusableRecord("'weight' is not 0 or more but " + weight);
        }
        return new Issue(longValue(n, "id"), requiredLong(n, "iid"), requiredText(n, "title"), text(n, "description"),
                issueState(n), instant(n, "created_at"), instant(n, "updated_at"), instant(n, "closed_at"),
                date(n, "due_date"), labels(n), assignees, weight,
                iteration == null ? null : longValue(iteration, "id"),
                milestone == null ? null : longValue(milestone, "id"),
                epicIid, bool(n, "confidential"), text(n, "web_url"), workItemType(n),
                epic == null ? null : longValue(epic, "id"), epic == null ? null : longValue(epic, "group_id"),
                // Ultimate only ("Issues created by users on GitLab Ultimate include the health_status property",
                // doc/api/issues.md "List project issues"): absent elsewhere, read as unknown
                text(n, "health_status"));
    }

    /** {@code issue_type} ({@code issue}, {@code incident}, {@code test_case}, {@code task}), else the older {@code type}. */
    private static String workItemType(JsonNode n) {
        String type = text(n, "issue_type");
        return type != null ? type : text(n, "type");
    }

    /** GitLab's REST answer for a reopened issue is "opened"; only "closed" is closed. */
    private static String issueState(JsonNode n) {
        String state = text(n, "state");
        if (state == null) {
            return JsonFields.present(n, "closed_at") ? "closed" : "opened";
        }
        return "closed".equalsIgnoreCase(state) ? "closed" : "opened";
    }

    /** Names, or with {@code with_labels_details=true} objects carrying {@code name} (doc/api/issues.md). */
    private static List<String> labels(JsonNode n) {
        List<String> names = new ArrayList<>();
        for (JsonNode label : array(n, "labels")) {
            if (label.isTextual()) {
                names.add(label.asText());
            } else if (label.isObject() && text(label, "name") != null) {
                names.add(text(label, "name"));
            } else {
                throw new UnusableRecord("a label is neither a name nor an object with a 'name': "
                        + Failure.oneLine(label.toString()));
            }
        }
        return names;
    }

    static Iteration iteration(JsonNode n) {
        long id = requiredLong(n, "id");
        JsonNode cadence = object(n, "iteration_cadence");
        if (date(n, "start_date") == null || date(n, "due_date") == null) {
            throw new UnusableRecord("it has no " + (date(n, "start_date") == null ? "start_date" : "due_date")
                    + ": an undated iteration cannot be placed in the plan");
        }
        return new Iteration(id, longValue(n, "iid"), longValue(n, "group_id"),
                // cadence iterations ("automatic scheduling") have a null title: kept null
                text(n, "title"), text(n, "description"), iterationState(n),
                date(n, "start_date"), date(n, "due_date"), text(n, "web_url"), intValue(n, "sequence"),
                // not a REST field: IterationsReading adds what GraphQL's iterationCadence says
                cadence == null ? null : longValue(cadence, "id"), cadence == null ? null : text(cadence, "title"),
                cadence == null ? null : intValue(cadence, "duration_in_weeks"),
                cadence == null || !cadence.path("automatic").isBoolean() ? null : cadence.get("automatic").booleanValue());
    }

    /** REST sends 1/2/3 (doc/api/iterations.md); GraphQL and some proxies send the names. */
    private static IterationState iterationState(JsonNode n) {
        JsonNode s = n.get("state");
        if (s == null || s.isNull()) {
            return null;
        }
        if (s.isIntegralNumber()) {
            try {
                return IterationState.fromGitLabCode(s.intValue());
            } catch (IllegalArgumentException e) {
                throw new UnusableRecord("'state' is not 1, 2 or 3 but " + s.intValue());
            }
        }
        return switch (s.asText().toLowerCase(Locale.ROOT)) {
            case "upcoming" -> IterationState.UPCOMING;
            case "current", "started" -> IterationState.CURRENT;
            case "closed" -> IterationState.CLOSED;
            default -> throw new UnusableRecord("'state' is not upcoming, current or closed but "
                    + Failure.oneLine(s.toString()));
        };
    }

    static Milestone milestone(JsonNode n) {
        return new Milestone(requiredLong(n, "id"), longValue(n, "iid"), longValue(n, "group_id"),
                requiredText(n, "title"), text(n, "description"), text(n, "state"), date(n, "start_date"),
                date(n, "due_date"), text(n, "web_url"));
    }

    static Label label(JsonNode n) {
        // archived: doc/api/labels.md, from 18.3 behind labels_archive. Kept only when true: "archived": false
        // and no key both mean a label in use, and snapshots of labels in use stay as they were
        return new Label(requiredLong(n, "id"), requiredText(n, "name"), text(n, "color"), text(n, "description"),
                bool(n, "archived") ? Boolean.TRUE : null);
    }

    static Epic epic(JsonNode n) {
        String state = text(n, "state");
        List<String> labels = new ArrayList<>();
        for (JsonNode label : array(n, "labels")) {
            labels.add(label.isObject() ? requiredText(label, "name") : label.asText());
        }
        return new Epic(requiredLong(n, "id"), requiredLong(n, "iid"), text(n, "title"),
                state == null ? null : state.toLowerCase(Locale.ROOT), labels, text(n, "web_url"),
                longValue(n, "group_id"));
    }

    static Board board(JsonNode n) {
        List<Board.BoardList> lists = new ArrayList<>();
        for (JsonNode l : array(n, "lists")) {
            // assignee/milestone/iteration lists (Premium) carry no label; limit_metric is a string
            // that gitlab4j 6.2.0 declared an Integer: psdm reads neither
            JsonNode label = object(l, "label");
            Integer position = intValue(l, "position");
            lists.add(new Board.BoardList(requiredLong(l, "id"), label == null ? null : text(label, "name"),
                    position == null ? 0 : position));
        }
        return new Board(requiredLong(n, "id"), text(n, "name"), lists);
    }

    static WikiPage wikiPage(JsonNode n) {
        return new WikiPage(requiredText(n, "title"), text(n, "slug"), text(n, "content"));
    }
}
