package dev.psdm.gitlab.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.GitLabConnection;
import dev.psdm.gitlab.GitLabFetchException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Creates the records {@code psdm prepare} plans (issue 30 item 4), idempotently: a record whose
 * {@link PreparedMarker} an issue of the project already carries is left alone, whatever its title, state or
 * text now (the team owns it once it exists); a missing one is created with one {@code POST}. Labels the project
 * and its groups already define are left alone too. Nothing is ever edited or deleted, so psdm cannot touch an
 * issue it did not create.
 *
 * <p>Convergence: a {@code POST} is never retried blindly ({@code Requester} retries it on 429 only), so a run
 * killed half-way, or a create whose answer was lost, leaves records a re-run finds by their marker and does not
 * create twice. Every request goes through {@link Writes}: printed in a dry run, sent with {@code --apply}.
 */
public final class RecordPreparer {
    /** Marker search pages: 100 issues each, GitLab's maximum (doc/api/rest/_index.md). */
    static final int PER_PAGE = 100;
    /** 2,000 prepared records are about 400 iterations of ceremonies: far past any collaboration project. */
    static final int MAX_PAGES = 20;

    private final Writes writes;

    public RecordPreparer(Writes writes) {
        this.writes = writes;
    }

    /**
     * @param project        the numeric project id or its URL-encoded path
     * @param records        the records to have, in the order they are created
     * @param labels         the labels to have
     * @param existingLabels names of the labels the project and its groups define now (from the snapshot)
     */
    public Outcome prepare(String project, List<PreparedIssue> records, List<PreparedLabel> labels,
                           Collection<String> existingLabels) {
        int before = writes.planned().size();
        Set<String> known = existingLabels.stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> labelsCreated = new ArrayList<>();
        for (PreparedLabel label : labels) {
            if (known.add(label.name().toLowerCase(Locale.ROOT))) {
                ObjectNode body = Json.object().put("name", label.name()).put("color", label.color());
                if (label.description() != null) {
                    body.put("description", label.description());
                }
                try {
                    writes.send(new WriteRequest("POST", "projects/" + project + "/labels", Json.write(body),
                            "create label \"" + label.name() + "\" " + label.color()));
                    labelsCreated.add(label.name());
                } catch (GitLabFetchException e) {
                    // 409: the name is taken (a label made since the project was read): what this write wanted holds
                    if (e.status() != 409) {
                        throw e;
                    }
                }
            }
        }
        Map<String, Long> present = existing(writes.connection(), project);
        Map<String, Long> alreadyThere = new TreeMap<>();
        List<String> created = new ArrayList<>();
        for (PreparedIssue record : records) {
            Long iid = present.get(record.record());
            if (iid != null) {
                alreadyThere.put(record.record(), iid);
                continue;
            }
            writes.send(new WriteRequest("POST", "projects/" + project + "/issues", Json.write(body(record)),
                    record.summary()));
            created.add(record.title());
        }
        return new Outcome(created, alreadyThere, labelsCreated,
                writes.planned().subList(before, writes.planned().size()));
    }

    private static ObjectNode body(PreparedIssue record) {
        ObjectNode body = Json.object().put("title", record.title()).put("description", record.description());
        if (!record.labels().isEmpty()) {
            body.put("labels", String.join(",", record.labels()));
        }
        if (record.dueDate() != null) {
            body.put("due_date", record.dueDate().toString());
        }
        if (record.milestoneId() != null) {
            body.put("milestone_id", record.milestoneId());
        }
        return body;
    }

    /**
     * The prepared records the project holds, by name, the oldest issue winning: GitLab's search matches the
     * marker's words in descriptions, and the marker itself is checked here, so an issue quoting the key in prose
     * is never taken for psdm's.
     */
    static Map<String, Long> existing(GitLabConnection gitlab, String project) {
        Map<String, Long> found = new LinkedHashMap<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            Map<String, String> query = descriptionSearch(PreparedMarker.KEY);
            query.put("page", Integer.toString(page));
            JsonNode list = Json.parse(gitlab.get("projects/" + project + "/issues", query), "GET /projects/:id/issues");
            for (JsonNode issue : list) {
                PreparedMarker.in(issue.path("description").asText(null))
                        .ifPresent(m -> found.merge(m.record(), issue.path("iid").asLong(), Math::min));
            }
            if (list.size() < PER_PAGE) {
                break;
            }
        }
        return found;
    }

    /**
     * The query of a marker search: the project's open and closed issues whose description holds {@code key}'s
     * words, oldest first, 100 a page (doc/api/issues.md, "List project issues": {@code search}, {@code in}).
     */
    static Map<String, String> descriptionSearch(String key) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("search", key);
        query.put("in", "description");
        query.put("state", "all");
        query.put("order_by", "created_at");
        query.put("sort", "asc");
        query.put("per_page", Integer.toString(PER_PAGE));
        return query;
    }

    /**
     * What a prepare did (or, in a dry run, would do).
     *
     * @param created       titles of the records created (or to create)
     * @param alreadyThere  records psdm prepared earlier, left alone, by name with their iid
     * @param labelsCreated labels created (or to create)
     * @param writes        every write sent (or planned), in order
     */
    public record Outcome(List<String> created, Map<String, Long> alreadyThere, List<String> labelsCreated,
                          List<WriteRequest> writes) {
        public Outcome {
            created = List.copyOf(created);
            alreadyThere = Map.copyOf(alreadyThere);
            labelsCreated = List.copyOf(labelsCreated);
            writes = List.copyOf(writes);
        }
    }
}
