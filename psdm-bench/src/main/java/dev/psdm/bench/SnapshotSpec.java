package dev.psdm.bench;

import java.time.LocalDate;

/**
 * The shape of a synthetic collaboration project. {@link #of(int, long)} gives a LARGE project
 * (26 two-week delivery iterations after an Iteration 0) that exercises every headline rule;
 * the {@code with...} methods change one knob at a time.
 *
 * @param issues            exact number of issues in the snapshot (ceremony records included)
 * @param iterations        delivery iterations (Iteration 0 not counted)
 * @param iterationZero     the plan starts with an Iteration 0
 * @param cadenceIterations iterations are untitled (auto-scheduled by a cadence); Iteration 0, if any, is then
 *                          recognised by the kickoff issue it holds
 * @param raidShare         share of work issues that are RAID items
 * @param highPriorityShare share of RAID items that are high priority or escalated
 * @param unweightedShare   share of work issues without a weight
 * @param ceremonyCoverage  chance that a started iteration has each of its ceremony records (planning, review,
 *                          refinement, retrospective) and that a past week has its weekly status
 * @param labelPool         number of extra free labels ({@code area::component-17}) issues draw from
 * @param wikiGap           the snapshot could not read the wiki (a data gap)
 * @param seed              the random seed: the same spec always gives the same snapshot
 * @param start             first day of the plan
 */
public record SnapshotSpec(int issues, int iterations, boolean iterationZero, boolean cadenceIterations,
                           double raidShare, double highPriorityShare, double unweightedShare, double ceremonyCoverage,
                           int labelPool, boolean wikiGap, long seed, LocalDate start) {

    public SnapshotSpec {
        if (issues < 0 || iterations < 0 || labelPool < 0) {
            throw new IllegalArgumentException("issues, iterations and labelPool must not be negative");
        }
        requireShare(raidShare, "raidShare");
        requireShare(highPriorityShare, "highPriorityShare");
        requireShare(unweightedShare, "unweightedShare");
        requireShare(ceremonyCoverage, "ceremonyCoverage");
    }

    /** A LARGE project with {@code issues} issues: a year of two-week iterations after an Iteration 0. */
    public static SnapshotSpec of(int issues, long seed) {
        return new SnapshotSpec(issues, 26, true, false, 0.05, 0.2, 0.1, 0.9, 40, false, seed, LocalDate.of(2025, 6, 2));
    }

    /** A SMALL project: Iteration 0 and 3 delivery iterations, weekly status reports. */
    public static SnapshotSpec small(int issues, long seed) {
        return of(issues, seed).withIterations(3);
    }

    public SnapshotSpec withIterations(int value) {
        return with(k -> k.iterations = value);
    }

    public SnapshotSpec withIterationZero(boolean value) {
        return with(k -> k.iterationZero = value);
    }

    public SnapshotSpec withCadenceIterations(boolean value) {
        return with(k -> k.cadenceIterations = value);
    }

    public SnapshotSpec withRaidShare(double value) {
        return with(k -> k.raidShare = value);
    }

    public SnapshotSpec withUnweightedShare(double value) {
        return with(k -> k.unweightedShare = value);
    }

    public SnapshotSpec withCeremonyCoverage(double value) {
        return with(k -> k.ceremonyCoverage = value);
    }

    public SnapshotSpec withLabelPool(int value) {
        return with(k -> k.labelPool = value);
    }

    public SnapshotSpec withWikiGap(boolean value) {
        return with(k -> k.wikiGap = value);
    }

    public SnapshotSpec withSeed(long value) {
        return with(k -> k.seed = value);
    }

    /** This spec with one knob turned: the withers above name the knob, this copies the rest once. */
    private SnapshotSpec with(java.util.function.Consumer<Knobs> turn) {
        Knobs k = new Knobs(this);
        turn.accept(k);
        return new SnapshotSpec(k.issues, k.iterations, k.iterationZero, k.cadenceIterations, k.raidShare,
                k.highPriorityShare, k.unweightedShare, k.ceremonyCoverage, k.labelPool, k.wikiGap, k.seed, k.start);
    }

    /** A spec's components, to change before building the next (validated again by the constructor). */
    private static final class Knobs {
        int issues;
        int iterations;
        boolean iterationZero;
        boolean cadenceIterations;
        double raidShare;
        double highPriorityShare;
        double unweightedShare;
        double ceremonyCoverage;
        int labelPool;
        boolean wikiGap;
        long seed;
        LocalDate start;

        Knobs(SnapshotSpec s) {
            issues = s.issues;
            iterations = s.iterations;
            iterationZero = s.iterationZero;
            cadenceIterations = s.cadenceIterations;
            raidShare = s.raidShare;
            highPriorityShare = s.highPriorityShare;
            unweightedShare = s.unweightedShare;
            ceremonyCoverage = s.ceremonyCoverage;
            labelPool = s.labelPool;
            wikiGap = s.wikiGap;
            seed = s.seed;
            start = s.start;
        }
    }

    /** Days in the plan: Iteration 0 and the delivery iterations, two weeks each. */
    int planDays() {
        return (iterations + (iterationZero ? 1 : 0)) * 14;
    }

    private static void requireShare(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, not " + value);
        }
    }
}
