package dev.psdm.gitlab.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.model.Board;
import dev.psdm.model.Epic;
import dev.psdm.model.Group;
import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.Label;
import dev.psdm.model.Milestone;
import dev.psdm.model.Project;
import dev.psdm.model.Snapshot;
import dev.psdm.model.WikiPage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * GitLab REST objects built from the doc examples in {@code /gitlab-api/*.json} (copied from
 * {@code shared/gitlab-api}): each starts as the documented object, with GitLab's real field names
 * and the fields psdm ignores, and gets psdm's values set on top.
 */
public final class GitLabFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** GitLab's timestamp format, with milliseconds: {@code 2016-01-04T15:31:46.176Z}. */
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(ZoneOffset.UTC);

    private GitLabFixtures() {
    }

    /** A documented example object, e.g. {@code template("issue")}. */
    public static ObjectNode template(String name) {
        try (InputStream in = GitLabFixtures.class.getResourceAsStream("/gitlab-api/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /gitlab-api/" + name + ".json");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String timestamp(Instant instant) {
        return instant == null ? null : MILLIS.format(instant);
    }

    private static void putDate(ObjectNode node, String field, LocalDate date) {
        if (date == null) {
            node.putNull(field);
        } else {
            node.put(field, date.toString());
        }
    }

    private static void putTime(ObjectNode node, String field, Instant instant) {
        if (instant == null) {
            node.putNull(field);
        } else {
            node.put(field, timestamp(instant));
        }
    }

    public static ObjectNode project(Project p, Group g) {
        ObjectNode n = template("project");
        n.put("id", p.id());
        n.put("name", p.name());
        n.put("path_with_namespace", p.pathWithNamespace());
        n.put("description", p.description());
        n.put("web_url", p.webUrl());
        putTime(n, "created_at", p.createdAt());
        putTime(n, "last_activity_at", p.createdAt());
        n.put("archived", p.archived());
        ObjectNode ns = (ObjectNode) n.get("namespace");
        if (g == null) {
            String user = p.pathWithNamespace().substring(0, p.pathWithNamespace().indexOf('/'));
            ns.put("id", 999_999);
            ns.put("name", user);
            ns.put("path", user);
            ns.put("kind", "user");
            ns.put("full_path", user);
        } else {
            ns.put("id", g.id());
            ns.put("name", g.name());
            ns.put("path", g.fullPath().substring(g.fullPath().lastIndexOf('/') + 1));
            ns.put("kind", "group");
            ns.put("full_path", g.fullPath());
            ns.put("web_url", g.webUrl());
        }
        return n;
    }

    /** GitLab's REST state code: 1 upcoming, 2 current, 3 closed. */
    public static int iterationStateCode(Iteration it, LocalDate today) {
        if (it.state() != null) {
            return switch (it.state()) {
                case UPCOMING -> 1;
                case CURRENT -> 2;
                case CLOSED -> 3;
            };
        }
        if (today.isBefore(it.startDate())) {
            return 1;
        }
        return today.isAfter(it.dueDate()) ? 3 : 2;
    }

    public static ObjectNode iteration(Iteration it, int stateCode) {
        ObjectNode n = template("project-iteration");
        n.put("id", it.id());
        putLong(n, "iid", it.iid());
        putLong(n, "group_id", it.groupId());
        n.put("title", it.title());
        n.put("description", it.description());
        n.put("state", stateCode);
        putDate(n, "start_date", it.startDate());
        putDate(n, "due_date", it.dueDate());
        n.put("web_url", it.webUrl());
        return n;
    }

    public static ObjectNode milestone(Milestone m, long projectId) {
        ObjectNode n = template("milestone");
        n.put("id", m.id());
        putLong(n, "iid", m.iid());
        if (m.groupId() != null) {
            // a group milestone has group_id in place of project_id
            n.remove("project_id");
            n.put("group_id", m.groupId());
        } else {
            n.put("project_id", projectId);
        }
        n.put("title", m.title());
        n.put("description", m.description());
        n.put("state", m.state());
        putDate(n, "start_date", m.startDate());
        putDate(n, "due_date", m.dueDate());
        n.put("web_url", m.webUrl());
        return n;
    }

    public static ObjectNode label(Label l) {
        ObjectNode n = template("label");
        n.put("id", l.id());
        n.put("name", l.name());
        n.put("color", l.color());
        n.put("description", l.description());
        n.put("description_html", l.description());
        return n;
    }

    public static ObjectNode issue(Issue i, long projectId) {
        ObjectNode t = template("issue");
        ObjectNode n = t.deepCopy();
        n.put("project_id", projectId);
        if (i.id() != null) {
            n.put("id", i.id());
        }
        n.put("iid", i.iid());
        n.put("title", i.title());
        n.put("description", i.description());
        n.put("state", i.state());
        putTime(n, "created_at", i.createdAt());
        putTime(n, "updated_at", i.updatedAt());
        putTime(n, "closed_at", i.closedAt());
        if (i.closedAt() == null) {
            n.putNull("closed_by");
        }
        putDate(n, "due_date", i.dueDate());
        ArrayNode labels = n.putArray("labels");
        i.labels().forEach(labels::add);
        ArrayNode assignees = n.putArray("assignees");
        for (String username : i.assignees()) {
            ObjectNode user = ((ObjectNode) t.get("assignee")).deepCopy();
            user.put("username", username);
            user.put("name", username);
            user.put("web_url", "https://gitlab.example.com/" + username);
            assignees.add(user);
        }
        if (assignees.isEmpty()) {
            n.putNull("assignee");
        } else {
            n.set("assignee", assignees.get(0).deepCopy());
        }
        if (i.weight() == null) {
            n.putNull("weight");
        } else {
            n.put("weight", i.weight());
        }
        if (i.milestoneId() == null) {
            n.putNull("milestone");
        } else {
            ((ObjectNode) n.get("milestone")).put("id", i.milestoneId());
        }
        if (i.iterationId() == null) {
            n.putNull("iteration");
        } else {
            ((ObjectNode) n.get("iteration")).put("id", i.iterationId());
        }
        if (i.epicIid() == null) {
            n.putNull("epic_iid");
            n.putNull("epic");
        } else {
            n.put("epic_iid", i.epicIid());
            ((ObjectNode) n.get("epic")).put("iid", i.epicIid());
            ((ObjectNode) n.get("epic")).put("id", 100_000 + i.epicIid());
        }
        n.put("confidential", i.confidential());
        n.put("web_url", i.webUrl());
        ((ObjectNode) n.get("references")).put("short", "#" + i.iid());
        return n;
    }

    public static ObjectNode epic(Epic e, long groupId) {
        ObjectNode n = template("epic");
        n.put("id", e.id());
        n.put("iid", e.iid());
        n.put("group_id", groupId);
        n.put("title", e.title());
        n.put("state", e.state());
        ArrayNode labels = n.putArray("labels");
        e.labels().forEach(labels::add);
        n.put("web_url", e.webUrl());
        return n;
    }

    public static ObjectNode board(Board b) {
        ObjectNode n = template("board");
        ObjectNode listTemplate = (ObjectNode) n.get("lists").get(0);
        n.put("id", b.id());
        n.put("name", b.name());
        ArrayNode lists = F.arrayNode();
        for (Board.BoardList l : b.lists()) {
            ObjectNode list = listTemplate.deepCopy();
            list.put("id", l.id());
            if (l.label() == null) {
                list.putNull("label");
            } else {
                ((ObjectNode) list.get("label")).put("name", l.label());
            }
            list.put("position", l.position());
            lists.add(list);
        }
        n.set("lists", lists);
        return n;
    }

    public static ObjectNode wikiPage(WikiPage w) {
        ObjectNode n = ((ObjectNode) template("wiki-page").get("list_item")).deepCopy();
        n.put("title", w.title());
        n.put("slug", w.slug());
        if (w.content() == null) {
            // a list item read without with_content has only format, slug and title
            n.remove("content");
            n.remove("encoding");
        } else {
            n.put("content", w.content());
        }
        return n;
    }

    /** Every endpoint's answer for a snapshot's project, as GitLab would give it on {@code today}. */
    public static GitLabProject fromSnapshot(Snapshot s) {
        LocalDate today = s.fetchedAt().atZone(ZoneOffset.UTC).toLocalDate();
        long pid = s.project().id();
        List<JsonNode> iterations = new ArrayList<>();
        s.iterations().forEach(it -> iterations.add(iteration(it, iterationStateCode(it, today))));
        List<JsonNode> milestones = new ArrayList<>();
        s.milestones().forEach(m -> milestones.add(milestone(m, pid)));
        List<JsonNode> labels = new ArrayList<>();
        s.labels().forEach(l -> labels.add(label(l)));
        List<JsonNode> issues = new ArrayList<>();
        for (Issue i : s.issues()) {
            ObjectNode n = issue(i, pid);
            if (n.get("epic").isObject()) {
                // as GitLab links them: the epic's own id and group (doc/api/issues.md, `epic`)
                ObjectNode epic = (ObjectNode) n.get("epic");
                s.epics().stream().filter(e -> e.iid() == i.epicIid()).findFirst()
                        .ifPresent(e -> epic.put("id", e.id()));
                if (i.epicId() != null) {
                    epic.put("id", i.epicId());
                }
                if (i.epicGroupId() != null) {
                    epic.put("group_id", i.epicGroupId());
                } else if (s.group() != null) {
                    epic.put("group_id", s.group().id());
                }
            }
            issues.add(n);
        }
        List<JsonNode> epics = new ArrayList<>();
        s.epics().forEach(e -> epics.add(epic(e, s.group().id())));
        List<JsonNode> boards = new ArrayList<>();
        s.boards().forEach(b -> boards.add(board(b)));
        List<JsonNode> wiki = new ArrayList<>();
        s.wikiPages().forEach(w -> wiki.add(wikiPage(w)));
        return new GitLabProject(project(s.project(), s.group()), issues, iterations, milestones, labels, epics,
                boards, wiki);
    }

    private static void putLong(ObjectNode n, String field, Long value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }
}
