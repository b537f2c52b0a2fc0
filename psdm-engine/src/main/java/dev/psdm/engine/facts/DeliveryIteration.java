package dev.psdm.engine.facts;

import dev.psdm.report.Subject;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An iteration of the project's plan (a GitLab iteration, or a milestone where the team tracks
 * iterations as milestones), with its position and its state relative to the as-of date.
 *
 * @param number 0 for Iteration 0, then 1, 2, ... for delivery iterations in start order
 * @param closedRank 1 for the most recently closed iteration, 2 for the one before, ...; 0 when not closed
 * @param upcomingRank 1 for the next delivery iteration to start, 2 for the one after, ...; 0 when started (and for Iteration 0)
 * @param kind   {@code iteration} or {@code milestone}: what the GitLab object is
 * @param cadenceWeeks the length its GitLab iteration cadence sets ({@code durationInWeeks}), or null when
 *               unknown (GraphQL did not say, or the plan is tracked as milestones)
 */
public record DeliveryIteration(long id, String title, LocalDate start, LocalDate due, int number, boolean zero,
                                PeriodState state, int closedRank, int upcomingRank, String kind, String webUrl,
                                CeremonyCalendar ceremonies, Integer cadenceWeeks) {

    /** Its due date is before the as-of date. */
    public boolean isClosed() {
        return state == PeriodState.CLOSED;
    }

    /** The as-of date falls within it. */
    public boolean isCurrent() {
        return state == PeriodState.CURRENT;
    }

    /** It starts after the as-of date. */
    public boolean isUpcoming() {
        return state == PeriodState.UPCOMING;
    }

    /** Current or closed. */
    public boolean isStarted() {
        return state != PeriodState.UPCOMING;
    }

    /** Length in days, both ends inclusive (a two-week iteration is 14). */
    public long lengthDays() {
        return ChronoUnit.DAYS.between(start, due) + 1;
    }

    /**
     * The iteration lasts this many weeks: {@code 7 × weeks} days, or two days less when it ends on the
     * Friday of its last week (a Monday-to-Friday schedule is still a two-week iteration).
     */
    public boolean lastsWeeks(int weeks) {
        long days = lengthDays();
        return days == 7L * weeks || days == 7L * weeks - 2;
    }

    /**
     * The length the team intended: what its GitLab cadence sets ({@code durationInWeeks}) where GitLab
     * says, else {@code fallback} (the configured {@code thresholds.iterationWeeks}).
     */
    public int usualWeeks(int fallback) {
        return cadenceWeeks != null && cadenceWeeks > 0 ? cadenceWeeks : fallback;
    }

    /** " its iteration cadence sets" when the usual length comes from GitLab's cadence, else empty. */
    public String usualWeeksSource() {
        return cadenceWeeks != null && cadenceWeeks > 0 ? " its iteration cadence sets" : "";
    }

    /** Longer than the time-box: more than {@code 7 × weeks} days. */
    public boolean isLongerThanWeeks(int weeks) {
        return lengthDays() > 7L * weeks;
    }

    /** One of the next {@code n} delivery iterations to start. */
    public boolean isWithinNext(int n) {
        return upcomingRank > 0 && upcomingRank <= n;
    }

    /** A record of this kind dated inside the iteration, or assigned to it. */
    public boolean hasCeremony(CeremonyKind kind) {
        return hasCeremony(kind, 0);
    }

    /** A record of this kind dated inside the iteration or up to {@code daysBefore} days before it starts, or assigned to it. */
    public boolean hasCeremony(CeremonyKind kind, int daysBefore) {
        return ceremonies.anyAssignedTo(kind, id) || ceremonies.anyBetween(kind, start.minusDays(daysBefore), due);
    }

    /** "Iteration 3, Iteration 4": the titles of DRL-collected iterations, in plan order (collect's order is not). */
    public static String titlesInOrder(java.util.Collection<?> iterations) {
        return iterations.stream().map(DeliveryIteration.class::cast)
                .sorted(java.util.Comparator.comparingInt(DeliveryIteration::number))
                .map(DeliveryIteration::title)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The iteration (or milestone) as a finding's subject. */
    public Subject subject() {
        return Subject.of(kind, id, title, webUrl);
    }
}
