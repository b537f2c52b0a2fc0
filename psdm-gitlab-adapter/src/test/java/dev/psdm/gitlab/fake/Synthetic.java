package dev.psdm.gitlab.fake;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Generated projects of any size, for paging and budget tests. */
public final class Synthetic {
    public static final Instant FETCHED_AT = Instant.parse("2026-05-15T12:00:00Z");

    private Synthetic() {
    }

    /** A project {@code path} with {@code issues} issues and {@code iterations} two-week iterations. */
    public static Snapshot snapshot(String path, int issues, int iterations) {
        String web = "https://gitlab.example.com/" + path;
        String groupPath = path.substring(0, path.lastIndexOf('/'));
        Project project = new Project(3, "Diaspora Project Site", path, "A collaboration project", web,
                Instant.parse("2025-09-30T13:46:02Z"), false);
        Group group = new Group(4, groupPath.substring(groupPath.lastIndexOf('/') + 1), groupPath,
                "https://gitlab.example.com/groups/" + groupPath);
        List<Iteration> its = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 1, 5);
        for (int n = 0; n < iterations; n++) {
            LocalDate s = start.plusWeeks(2L * n);
            its.add(new Iteration(5000 + n, (long) n + 1, group.id(), "Iteration " + n, null, null, s, s.plusDays(13),
                    "https://gitlab.example.com/groups/" + groupPath + "/-/iterations/" + (5000 + n)));
        }
        List<Issue> list = new ArrayList<>();
        for (int i = 1; i <= issues; i++) {
            Instant created = Instant.parse("2026-01-05T09:00:00Z").plusSeconds(60L * i);
            boolean closed = i % 3 == 0;
            list.add(new Issue(100_000L + i, i, "Issue " + i, "Description of issue " + i, closed ? "closed" : "opened",
                    created, created.plusSeconds(3600), closed ? created.plusSeconds(7200) : null,
                    i % 5 == 0 ? LocalDate.of(2026, 3, 1) : null,
                    List.of("PSD Workflow::To Do"), i % 2 == 0 ? List.of("lennie") : List.of(),
                    i % 4 == 0 ? null : i % 7, its.isEmpty() ? null : its.get(i % its.size()).id(),
                    null, null, i % 11 == 0, web + "/-/issues/" + i));
        }
        return Snapshot.builder(project, FETCHED_AT)
                .group(group)
                .iterations(its)
                .milestones(List.of(new Milestone(12, 3L, null, "10.0", "Version", "active",
                        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30), web + "/-/milestones/3")))
                .labels(List.of(new Label(1, "PSD Workflow::To Do", "#d9534f", "Work not started")))
                .issues(list)
                .epics(List.of(new Epic(29, 4, "Workstream", "opened", List.of(), "https://gitlab.example.com/groups/"
                        + groupPath + "/-/epics/4")))
                .boards(List.of(new Board(1, "Delivery", List.of(new Board.BoardList(1, "PSD Workflow::To Do", 1)))))
                .wikiPages(List.of(new WikiPage("Communication Plan", "communication-plan", "Daily stand-up 09:30")))
                .build();
    }
}
