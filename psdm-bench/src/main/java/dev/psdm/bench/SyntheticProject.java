package dev.psdm.bench;

import dev.psdm.model.Board;
import dev.psdm.model.Epic;
import dev.psdm.model.Milestone;
import dev.psdm.model.WikiPage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The parts of a {@link SnapshotGenerator} project that do not grow with its issues: the milestones, epics,
 * board and wiki, and the issue descriptions' words. Draws only from the random it is given, in the
 * generator's order, so a seed still makes the same snapshot.
 */
final class SyntheticProject {
    private static final List<String> WORDS = List.of("the", "customer", "team", "pipeline", "wave", "migration",
            "runner", "approval", "repository", "group", "access", "owner", "plan", "schedule", "needs", "before",
            "after", "confirm", "with", "cut-over", "documented", "in", "wiki", "tracked", "blocked", "by");

    private SyntheticProject() {
    }

    /** A few sentences of delivery words; most start with the discovery template's acceptance criteria. */
    static String description(SplittableRandom random) {
        StringBuilder sb = new StringBuilder(200);
        if (random.nextInt(100) < 85) {
            // the post-sales discovery issue template's section (PSDM-BKL-001)
            sb.append("## Acceptance criteria\n");
        }
        for (int sentences = 1 + random.nextInt(3); sentences > 0; sentences--) {
            int words = 6 + random.nextInt(10);
            for (int w = 0; w < words; w++) {
                String word = WORDS.get(random.nextInt(WORDS.size()));
                if (w == 0) {
                    sb.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
                } else {
                    sb.append(' ').append(word);
                }
            }
            sb.append(sentences > 1 ? ". " : ".");
        }
        return sb.toString();
    }

    /** Three phase milestones over the plan, closed once over on the as-of day. */
    static List<Milestone> milestones(SnapshotSpec spec, LocalDate asOfDate) {
        LocalDate end = spec.start().plusDays(Math.max(1, spec.planDays()) - 1L);
        long third = Math.max(1, spec.planDays() / 3);
        List<Milestone> list = new ArrayList<>();
        String[] names = {"Discovery & design", "Migration waves", "Hypercare & closeout"};
        for (int i = 0; i < 3; i++) {
            LocalDate from = spec.start().plusDays(third * i);
            LocalDate to = i == 2 ? end : from.plusDays(third - 1);
            list.add(new Milestone(9_000 + i, (long) i + 1, null, names[i], null, to.isBefore(asOfDate) ? "closed" : "active",
                    from, to, SnapshotGenerator.GITLAB + "/" + SnapshotGenerator.GROUP_PATH + "/collaboration/-/milestones/" + (i + 1)));
        }
        return list;
    }

    static List<Epic> epics() {
        List<Epic> list = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            list.add(new Epic(3_000 + i, i, "Workstream " + i, "opened", List.of(),
                    SnapshotGenerator.GITLAB + "/groups/" + SnapshotGenerator.GROUP_PATH + "/-/epics/" + i));
        }
        return list;
    }

    /** The board's lists, one per workflow label, in order. */
    static List<Board.BoardList> boardLists(List<String> workflow) {
        List<Board.BoardList> lists = new ArrayList<>();
        for (int i = 0; i < workflow.size(); i++) {
            lists.add(new Board.BoardList(100 + i, workflow.get(i), i));
        }
        return lists;
    }

    /** The wiki's home and communication plan, which mentions a daily stand-up or only the Friday status mail. */
    static List<WikiPage> wikiPages(boolean dailyStandup) {
        String cadence = dailyStandup
                ? "We meet daily for a 15-minute stand-up at 09:30 CET with the customer team."
                : "Status goes out by email every Friday.";
        return List.of(new WikiPage("Home", "home", "Start here."),
                new WikiPage("Communication Plan", "communication-plan",
                        "# Communication plan\n\nIterations are two weeks long. " + cadence + "\n"));
    }
}
