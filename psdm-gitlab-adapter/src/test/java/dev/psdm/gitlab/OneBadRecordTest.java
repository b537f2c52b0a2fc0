package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.FakeGitLab.Endpoint;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.DataGap;
import dev.psdm.model.Snapshot;
import dev.psdm.model.SnapshotNotice;
import org.junit.jupiter.api.Test;

import static dev.psdm.gitlab.TestSupport.loader;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static dev.psdm.gitlab.TestSupport.waitlessLoader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One record GitLab sends that cannot be used is left out with a notice naming it, never the end of
 * the check; a body that cannot be read at all is a data gap quoting it; only the project is fatal.
 * Records start from the documented examples (test resources {@code gitlab-api/*.json}, copied from
 * GitLab's {@code doc/api/group_iterations.md}, {@code iterations.md}, {@code milestones.md},
 * {@code labels.md}, {@code epics.md}, {@code boards.md}, {@code wikis.md}, {@code issues.md}).
 */
class OneBadRecordTest extends FakeGitLabTest {
    private final GitLabProject served = synthetic(3, 3);

    private Snapshot load() {
        gitlab.serve(served);
        return waitlessLoader(gitlab, new TestSupport.RecordingSleeper()).build().load();
    }

    @Test
    void anIterationWithoutDatesIsSkippedWithANoticeNamingIt() {
        // doc/api/group_iterations.md shape (with sequence); GitLab allows a cadence iteration without dates
        ObjectNode undated = GitLabFixtures.template("group-iteration");
        undated.put("id", 5301).putNull("start_date");
        undated.putNull("due_date");
        served.iterations().add(undated);

        Snapshot snapshot = load();

        assertThat(snapshot.iterations()).hasSize(3);
        assertThat(snapshot.notices(DataGap.ITERATIONS)).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("iteration 5301 (Iteration II)");
            assertThat(n.message()).isEqualTo(
                    "skipped: it has no start_date: an undated iteration cannot be placed in the plan");
        });
        assertThat(snapshot.gaps()).isEmpty();
    }

    @Test
    void anUnmappableValueInAnOptionalResourceSkipsThatRecordOnly() {
        // doc/api/milestones.md shape with a value of the wrong kind
        ObjectNode milestone = GitLabFixtures.template("milestone");
        milestone.put("id", 99).put("due_date", "end of March");
        served.milestones().add(milestone);
        // doc/api/boards.md: a list whose position is not a number
        ObjectNode board = (ObjectNode) served.boards().get(0).deepCopy();
        board.put("id", 77);
        ((ObjectNode) board.get("lists").get(0)).put("position", "first");
        served.boards().add(board);
        // doc/api/labels.md: a label without its name
        ObjectNode label = GitLabFixtures.template("label");
        label.put("id", 55).remove("name");
        served.labels().add(label);
        // doc/api/epics.md: an epic without iid
        ObjectNode epic = GitLabFixtures.template("epic");
        epic.put("id", 66).remove("iid");
        served.epics().add(epic);
        // doc/api/wikis.md: a page whose title is an object
        ObjectNode page = ((ObjectNode) GitLabFixtures.template("wiki-page").get("list_item")).deepCopy();
        page.putObject("title").put("x", 1);
        served.wikiPages().add(page);

        Snapshot snapshot = load();

        assertThat(snapshot.notices()).extracting(SnapshotNotice::resource, SnapshotNotice::subject,
                SnapshotNotice::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("milestones", "milestone 99 (10.0)",
                        "skipped: 'due_date' is not a date (YYYY-MM-DD) but \"end of March\""),
                org.assertj.core.groups.Tuple.tuple("labels", "label 55", "skipped: it has no 'name'"),
                org.assertj.core.groups.Tuple.tuple("epics", "epic &? of group 7 (Accusamus iste et ullam ratione"
                        + " voluptatem omnis debitis dolor est.)", "skipped: it has no 'iid'"),
                org.assertj.core.groups.Tuple.tuple("boards", "board 77 (Delivery)",
                        "skipped: 'position' is not an integer but \"first\""),
                org.assertj.core.groups.Tuple.tuple("wiki", "wiki page 'deploy'",
                        "skipped: 'title' is not a string but an object"));
        assertThat(snapshot.milestones()).hasSize(served.milestones().size() - 1);
        assertThat(snapshot.boards()).hasSize(1);
        assertThat(snapshot.issues()).hasSize(3);
        assertThat(snapshot.gaps()).isEmpty();
    }

    @Test
    void anIssueWithAWrongWeightIsSkippedWithANotice() {
        ((ObjectNode) served.issues().get(1)).put("weight", "heavy");

        Snapshot snapshot = load();

        assertThat(snapshot.issues()).extracting(i -> i.iid()).containsExactly(1L, 3L);
        assertThat(snapshot.notices(DataGap.ISSUES)).singleElement().satisfies(n ->
                assertThat(n.message()).isEqualTo("skipped: 'weight' is not an integer but \"heavy\""));
    }

    @Test
    void issueLabelsInTheWithLabelsDetailsShapeAreRead() {
        // doc/api/issues.md, with_labels_details=true: labels become objects
        ObjectNode issue = (ObjectNode) served.issues().get(0);
        issue.putArray("labels").addObject().put("id", 1).put("name", "PSD Workflow::Doing")
                .put("color", "#d9534f").put("description", "In progress").put("description_html", "In progress")
                .put("text_color", "#FFFFFF");

        Snapshot snapshot = load();

        assertThat(snapshot.issues().get(0).labels()).containsExactly("PSD Workflow::Doing");
        assertThat(snapshot.notices()).isEmpty();
    }

    @Test
    void anEpicsBodyThatIsNotAListIsAGapQuotingGitLab() {
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.EPICS),
                FakeGitLab.json(200, "{\"message\":\"epics moved\"}"));

        Snapshot snapshot = loader(gitlab).build().load();

        assertThat(snapshot.gap(DataGap.EPICS)).hasValueSatisfying(g -> assertThat(g.reason())
                .contains("not the JSON GitLab sends for epics (not a list)")
                .endsWith("GitLab answered \"{\"message\":\"epics moved\"}\""));
        assertThat(snapshot.issues()).hasSize(3);
    }

    @Test
    void theProjectItselfStaysFatal() {
        served.project().put("id", "not a number");
        assertThatThrownBy(this::load).isInstanceOf(GitLabFetchException.class)
                .hasMessageContaining("not the JSON GitLab sends for project");
    }
}
