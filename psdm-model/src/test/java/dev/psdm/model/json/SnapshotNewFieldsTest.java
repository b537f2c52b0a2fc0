package dev.psdm.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.psdm.model.Epic;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional fields added to {@code psdm-snapshot/1} (work item type, epic id and group, iteration
 * cadence, instance version, notices): files written before them still read, with the old meaning.
 */
class SnapshotNewFieldsTest {
    private static final String OLD = """
            {"schema": "psdm-snapshot/1", "fetchedAt": "2026-03-20T12:00:00Z",
             "source": {"gitlabUrl": "https://gitlab.example.com", "projectPath": "acme/collab", "projectId": 1},
             "project": {"id": 1, "name": "Acme", "pathWithNamespace": "acme/collab"},
             "iterations": [ {"id": 7, "startDate": "2026-01-05", "dueDate": "2026-01-18"} ],
             "issues": [ {"iid": 1, "title": "Kickoff", "state": "opened", "createdAt": "2026-01-05T09:00:00Z",
                          "epicIid": 5} ],
             "epics": [ {"id": 42, "iid": 5, "title": "Onboarding"} ]}
            """;

    private static final String NEW = """
            {"schema": "psdm-snapshot/1", "fetchedAt": "2026-03-20T12:00:00Z",
             "source": {"gitlabUrl": "https://gitlab.example.com", "projectPath": "acme/collab", "projectId": 1,
                        "gitlabVersion": "17.5.1-ee"},
             "project": {"id": 1, "name": "Acme", "pathWithNamespace": "acme/collab"},
             "iterations": [ {"id": 7, "startDate": "2026-01-05", "dueDate": "2026-01-18", "sequence": 3,
                              "cadenceId": 11, "cadenceTitle": "Two-week sprints"} ],
             "issues": [ {"iid": 1, "title": "Kickoff", "state": "opened", "createdAt": "2026-01-05T09:00:00Z",
                          "epicIid": 5, "epicId": 42, "epicGroupId": 8, "workItemType": "TEST_CASE"} ],
             "epics": [ {"id": 42, "iid": 5, "title": "Onboarding", "groupId": 8} ],
             "gaps": [ {"resource": "weights", "reason": "no weight key on any issue"} ],
             "notices": [ {"resource": "iterations", "subject": "iteration 9", "message": "no start date: skipped"} ]}
            """;

    private static Snapshot read(String json) {
        return SnapshotJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "snap.json");
    }

    @Test
    void aSnapshotWithoutTheNewFieldsReadsAsBefore() {
        Snapshot snapshot = read(OLD);

        Issue issue = snapshot.issues().get(0);
        assertThat(issue.workItemType()).isEqualTo(Issue.TYPE_ISSUE);
        assertThat(issue.epicId()).isNull();
        assertThat(issue.belongsTo(snapshot.epics().get(0))).isTrue();
        assertThat(snapshot.epics().get(0).groupId()).isNull();
        assertThat(snapshot.iterations().get(0).cadenceId()).isNull();
        assertThat(snapshot.source().gitlabVersion()).isNull();
        assertThat(snapshot.notices()).isEmpty();
        assertThat(SnapshotJson.toJson(snapshot)).doesNotContain("notices");
    }

    @Test
    void theNewFieldsReadWriteAndMatchTheSchema() throws Exception {
        Snapshot snapshot = read(NEW);

        assertThat(snapshot.issues().get(0).workItemType()).isEqualTo(Issue.TYPE_TEST_CASE);
        assertThat(snapshot.issues().get(0).isType("Test Case")).isTrue();
        assertThat(snapshot.iterations().get(0).cadenceTitle()).isEqualTo("Two-week sprints");
        assertThat(snapshot.source().gitlabVersion()).isEqualTo("17.5.1-ee");
        assertThat(snapshot.notices("iterations")).singleElement()
                .satisfies(n -> assertThat(n.subject()).isEqualTo("iteration 9"));
        String written = SnapshotJson.toJson(snapshot);
        assertThat(read(written)).isEqualTo(snapshot);
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = getClass().getResourceAsStream("/dev/psdm/model/psdm-snapshot-1.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            JsonNode node = mapper.readTree(written);
            assertThat(schema.validate(node)).isEmpty();
            assertThat(schema.validate(mapper.readTree(NEW))).isEmpty();
        }
    }

    @Test
    void iidsArePerGroupSoTheGroupDecidesWhenBothSidesKnowIt() {
        Issue inSubgroup = new Issue(1L, 1, "t", null, "opened", Instant.EPOCH, null, null, null, List.of(), List.of(),
                null, null, null, 5L, false, null, "issue", 420L, 9L);
        Epic parentsFive = new Epic(42, 5, "Parent's &5", "opened", List.of(), null, 8L);
        Epic subgroupsFive = new Epic(1001, 5, "Subgroup's &5", "opened", List.of(), null, 9L);

        assertThat(inSubgroup.belongsTo(parentsFive)).isFalse();
        assertThat(inSubgroup.belongsTo(subgroupsFive)).isTrue();
    }
}
