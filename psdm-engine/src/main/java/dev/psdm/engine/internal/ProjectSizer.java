package dev.psdm.engine.internal;

import dev.psdm.model.Issue;
import dev.psdm.model.Milestone;
import dev.psdm.model.Snapshot;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.Thresholds;
import dev.psdm.engine.facts.ProjectSize;
import dev.psdm.report.SizeClass;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Handbook "Guidelines for PSDM": the full iteration schedule is needed "when the Project exceeds
 * 5 Iterations or when the engagement plans to exceed two months". The span is measured on the
 * iterations, else the milestones' dates, else the issues' due dates.
 */
final class ProjectSizer {
    private final Thresholds thresholds;

    ProjectSizer(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    ProjectSize classify(Snapshot snapshot, List<PlanPeriods.Period> periods, int deliveryIterations) {
        LocalDate start = null;
        LocalDate end = null;
        String basis;
        if (!periods.isEmpty()) {
            basis = periods.get(0).kind + "s";
            for (PlanPeriods.Period p : periods) {
                start = min(start, p.start);
                end = max(end, p.due);
            }
        } else {
            basis = "milestones";
            for (Milestone m : snapshot.milestones()) {
                start = min(start, m.startDate() != null ? m.startDate() : m.dueDate());
                end = max(end, m.dueDate());
            }
            if (start == null || end == null) {
                basis = "issue due dates";
                start = null;
                end = null;
                for (Issue issue : snapshot.issues()) {
                    start = min(start, issue.dueDate());
                    end = max(end, issue.dueDate());
                }
            }
            if (start == null || end == null) {
                basis = "none";
                start = null;
                end = null;
            }
        }

        boolean tooManyIterations = deliveryIterations > thresholds.maxSmallIterations();
        boolean tooLong = start != null && end.isAfter(start.plusMonths(thresholds.maxSmallSpanMonths()));
        SizeClass size = tooManyIterations || tooLong ? SizeClass.LARGE : SizeClass.SMALL;
        return new ProjectSize(size, deliveryIterations, start, end, basis,
                reason(size, deliveryIterations, start, end, basis, tooManyIterations, tooLong));
    }

    private String reason(SizeClass size, int iterations, LocalDate start, LocalDate end, String basis,
                          boolean tooManyIterations, boolean tooLong) {
        StringBuilder sb = new StringBuilder();
        sb.append(iterations).append(iterations == 1 ? " delivery iteration" : " delivery iterations");
        if (start != null) {
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            long weeks = (days + 6) / 7;
            sb.append(", ").append(weeks).append(weeks == 1 ? " week" : " weeks")
                    .append(" (").append(basis).append(' ').append(start).append(" – ").append(end).append(')');
        } else {
            sb.append(", no dated plan");
        }
        int maxIt = thresholds.maxSmallIterations();
        int maxMonths = thresholds.maxSmallSpanMonths();
        if (size == SizeClass.LARGE) {
            sb.append(": ").append(tooManyIterations ? "more than " + maxIt + " iterations" : "");
            sb.append(tooManyIterations && tooLong ? " and " : "");
            sb.append(tooLong ? "longer than " + maxMonths + " months" : "");
        } else {
            sb.append(": at most ").append(maxIt).append(" iterations and ").append(maxMonths).append(" months");
        }
        return sb.toString();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
