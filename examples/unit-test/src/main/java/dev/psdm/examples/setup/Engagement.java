package dev.psdm.examples.setup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What sales and the project manager agreed for a professional-services engagement: the input of
 * {@link ProjectSetupGenerator}.
 *
 * @param customer           e.g. "Initech"
 * @param sow                the statement-of-work label, e.g. "SOW-2041"
 * @param projectManager     the PM's GitLab username; owns the RAID log and the ceremonies
 * @param kickoff            the first day of the engagement (Iteration 0 starts here)
 * @param deliveryIterations two-week delivery iterations after Iteration 0
 * @param workstreams        one epic each, e.g. "Repository migration"
 */
public record Engagement(String customer, String sow, String projectManager, LocalDate kickoff,
                         int deliveryIterations, List<String> workstreams) {

    public Engagement {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(sow, "sow");
        Objects.requireNonNull(projectManager, "projectManager");
        Objects.requireNonNull(kickoff, "kickoff");
        if (deliveryIterations < 1) {
            throw new IllegalArgumentException("an engagement has at least one delivery iteration");
        }
        workstreams = List.copyOf(workstreams);
        if (workstreams.isEmpty()) {
            throw new IllegalArgumentException("an engagement has at least one workstream");
        }
    }
}
