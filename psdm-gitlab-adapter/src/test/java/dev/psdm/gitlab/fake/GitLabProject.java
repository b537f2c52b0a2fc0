package dev.psdm.gitlab.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What a fake GitLab serves for one project: the {@code GET /projects/:id} object and the items
 * of each list endpoint, as GitLab-shaped JSON. Lists are mutable so a test can tweak them.
 */
public record GitLabProject(ObjectNode project, List<JsonNode> issues, List<JsonNode> iterations,
                            List<JsonNode> milestones, List<JsonNode> labels, List<JsonNode> epics,
                            List<JsonNode> boards, List<JsonNode> wikiPages) {

    public GitLabProject {
        issues = new ArrayList<>(issues);
        iterations = new ArrayList<>(iterations);
        milestones = new ArrayList<>(milestones);
        labels = new ArrayList<>(labels);
        epics = new ArrayList<>(epics);
        boards = new ArrayList<>(boards);
        wikiPages = new ArrayList<>(wikiPages);
    }

    public long id() {
        return project.get("id").asLong();
    }

    public String path() {
        return project.get("path_with_namespace").asText();
    }

    public long groupId() {
        return project.get("namespace").get("id").asLong();
    }
}
