package dev.psdm.assertj;

import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.model.Iteration;
import dev.psdm.model.IterationState;
import dev.psdm.model.Milestone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The iterations of a {@link SnapshotFixture} in the order they were added (Iteration 0 is number 0,
 * delivery iterations 1, 2, ...), what GitLab would list for them, and the ceremony records a PS team
 * would file in them.
 */
final class FixturePlan {
    private final List<PlannedIteration> iterations = new ArrayList<>();

    void add(String title, LocalDate start, LocalDate due, int number) {
        iterations.add(new PlannedIteration(title, start, due, number));
    }

    boolean isEmpty() {
        return iterations.isEmpty();
    }

    LocalDate firstStart() {
        return iterations.get(0).start();
    }

    /** The delivery iterations' numbers (not Iteration 0's), in order. */
    List<Integer> deliveryNumbers() {
        return iterations.stream().map(PlannedIteration::number).filter(n -> n > 0).toList();
    }

    /** As GitLab iterations of group 7 ({@code acme}). */
    List<Iteration> asIterations(String gitlab) {
        List<Iteration> built = new ArrayList<>();
        for (int k = 0; k < iterations.size(); k++) {
            PlannedIteration p = iterations.get(k);
            built.add(new Iteration(idOf(k), (long) k + 1, 7L, p.title, null, IterationState.CLOSED,
                    p.start, p.due, gitlab + "/groups/acme/-/iterations/" + idOf(k)));
        }
        return built;
    }

    /** As project milestones with start and due dates (a team that tracks iterations as milestones). */
    List<Milestone> asMilestones(String projectUrl) {
        List<Milestone> built = new ArrayList<>();
        for (int k = 0; k < iterations.size(); k++) {
            PlannedIteration p = iterations.get(k);
            built.add(new Milestone(idOf(k), (long) k + 1, null, p.title, null, "active",
                    p.start, p.due, projectUrl + "/-/milestones/" + (k + 1)));
        }
        return built;
    }

    /** The id of the iteration the spec is planned in, or null when it names none. */
    Long idOf(IssueSpec spec) {
        for (int k = 0; k < iterations.size(); k++) {
            PlannedIteration p = iterations.get(k);
            boolean byNumber = spec.iterationNumber() != null && spec.iterationNumber() == p.number;
            boolean byTitle = spec.iterationTitle() != null && spec.iterationTitle().equals(p.title);
            if (byNumber || byTitle) {
                return idOf(k);
            }
        }
        if (spec.iterationNumber() != null || spec.iterationTitle() != null) {
            throw new IllegalArgumentException("no iteration " + (spec.iterationNumber() != null
                    ? "number " + spec.iterationNumber() : "'" + spec.iterationTitle() + "'") + " in this fixture");
        }
        return null;
    }

    /** A ceremony record for delivery iteration {@code n}, titled and dated as a PS team would. */
    IssueSpec ceremony(CeremonyKind kind, int n) {
        PlannedIteration p = iterations.stream().filter(i -> i.number == n).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no delivery iteration " + n + " in this fixture"));
        IssueSpec spec = new IssueSpec().inIteration(n).unweighted().closed().createdOn(p.start.minusDays(3));
        return switch (kind) {
            case PLANNING -> spec.title("Iteration " + n + " planning").due(p.start);
            case REVIEW -> spec.title("Iteration " + n + " review").due(p.due);
            case REFINEMENT -> spec.title("Backlog refinement – Iteration " + n).due(p.start.plusDays(7));
            case STANDUP -> spec.title("Daily stand-up – Iteration " + n).due(p.start.plusDays(1));
            case RETROSPECTIVE -> spec.title("Iteration " + n + " retrospective").due(p.due);
            case WEEKLY_STATUS -> spec.title("Weekly status – Iteration " + n).due(p.start.plusDays(4));
        };
    }

    private static long idOf(int index) {
        return 100L + index;
    }

    private record PlannedIteration(String title, LocalDate start, LocalDate due, int number) {
    }

    /** A record of each kind in every delivery iteration ({@link SnapshotFixture#ceremoniesInEveryIteration}). */
    List<IssueSpec> ceremoniesInEveryIteration(java.util.Set<CeremonyKind> kinds) {
        List<IssueSpec> records = new ArrayList<>();
        for (CeremonyKind kind : kinds) {
            for (int number : deliveryNumbers()) {
                records.add(ceremony(kind, number));
            }
        }
        return records;
    }

    /** A closed weekly status record for every week from the first iteration's start until {@code asOf}. */
    List<IssueSpec> weeklyStatusUntil(LocalDate asOf) {
        List<IssueSpec> records = new ArrayList<>();
        if (isEmpty()) {
            return records;
        }
        for (LocalDate week = firstStart(); week.isBefore(asOf); week = week.plusWeeks(1)) {
            LocalDate friday = week.plusDays(4);
            records.add(new IssueSpec().title("Weekly status – week of " + week).createdOn(week).due(friday).closed()
                    .unweighted());
        }
        return records;
    }
}
