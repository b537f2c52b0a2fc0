package dev.psdm.gitlab;

import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.Iteration;
import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static dev.psdm.gitlab.TestSupport.NOW;
import static dev.psdm.gitlab.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

class GitLabSnapshotLoaderTest {
    private FakeGitLab gitlab;
    private TestSupport.RecordingSleeper sleeper;

    @BeforeEach
    void start() {
        gitlab = FakeGitLab.start();
        sleeper = new TestSupport.RecordingSleeper();
    }

    @AfterEach
    void stop() {
        gitlab.close();
    }

    private GitLabSnapshotLoader.Builder loader(String project) {
        return GitLabSnapshotLoader.builder()
                .baseUrl(gitlab.baseUrl())
                .project(project)
                .token(() -> TOKEN)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .sleeper(sleeper)
                .jitter(() -> 0.0);
    }

    @Test
    void readsTheSampleProjectBackFieldByField() {
        Snapshot sample = TestSupport.sample("large-project.json");
        GitLabProject served = GitLabFixtures.fromSnapshot(sample);
        gitlab.serve(served);

        FetchResult result = loader(sample.project().pathWithNamespace()).build().fetch();
        Snapshot read = result.snapshot();

        assertThat(read.project()).isEqualTo(sample.project());
        assertThat(read.group()).isEqualTo(sample.group());
        assertThat(read.source().projectPath()).isEqualTo(sample.project().pathWithNamespace());
        assertThat(read.source().gitlabUrl()).isEqualTo(gitlab.baseUrl());
        assertThat(read.fetchedAt()).isEqualTo(NOW);
        assertThat(read.issues()).isEqualTo(sample.issues());
        assertThat(withoutState(read.iterations())).isEqualTo(withoutState(sample.iterations()));
        assertThat(read.milestones()).isEqualTo(sample.milestones());
        assertThat(read.labels()).isEqualTo(sample.labels());
        assertThat(read.epics()).isEqualTo(sample.epics());
        assertThat(read.boards()).isEqualTo(sample.boards());
        assertThat(read.wikiPages()).isEqualTo(sample.wikiPages());
        assertThat(read.gaps()).isEmpty();
        assertThat(result.stats().requests()).isEqualTo(gitlab.requestCount());
    }

    private static List<Iteration> withoutState(List<Iteration> iterations) {
        return iterations.stream().map(i -> new Iteration(i.id(), i.iid(), i.groupId(), i.title(), i.description(),
                null, i.startDate(), i.dueDate(), i.webUrl())).toList();
    }
}
