package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.Label;
import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import org.junit.jupiter.api.Test;

import static dev.psdm.gitlab.TestSupport.loader;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * doc/api/labels.md (label.json, the documented single label): {@code "archived": false}, a field
 * GitLab sends from 18.3 behind the {@code labels_archive} flag. An archived label is kept as such in
 * the snapshot (issue 31 item 6); a label in use, said or not, is written as before.
 */
class ArchivedLabelsTest extends FakeGitLabTest {
    @Test
    void anArchivedLabelIsKeptArchivedAndOthersAreWrittenAsBefore() throws Exception {
        GitLabProject served = synthetic(3, 1);
        ObjectNode archived = GitLabFixtures.template("label");
        archived.put("id", 901).put("name", "SOW-1234").put("archived", true);
        ObjectNode notSaid = GitLabFixtures.template("label");
        notSaid.put("id", 902).put("name", "PM::Jane Doe").remove("archived");
        ObjectNode inUse = GitLabFixtures.template("label"); // "archived": false, as documented
        inUse.put("id", 903).put("name", "PSD Workflow::Doing");
        served.labels().add(archived);
        served.labels().add(notSaid);
        served.labels().add(inUse);
        gitlab.serve(served);

        Snapshot snapshot = loader(gitlab).build().load();

        assertThat(snapshot.labels()).filteredOn(l -> l.id() >= 901).extracting(Label::name, Label::inUse)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SOW-1234", false),
                        org.assertj.core.groups.Tuple.tuple("PM::Jane Doe", true),
                        org.assertj.core.groups.Tuple.tuple("PSD Workflow::Doing", true));
        com.fasterxml.jackson.databind.JsonNode labels = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(SnapshotJson.toJson(snapshot)).path("labels");
        assertThat(labels).filteredOn(l -> l.path("id").asLong() >= 901)
                .extracting(l -> l.has("archived") ? l.get("archived").asText() : "absent")
                .containsExactly("true", "absent", "absent");
    }
}
