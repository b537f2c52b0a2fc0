package dev.psdm.gitlab.publish;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One record {@code psdm prepare} creates when it is missing: a ceremony record of the next iteration or an
 * Iteration 0 record, as GitLab's {@code POST /projects/:id/issues} takes it (doc/api/issues.md, "Create an
 * issue": {@code title}, {@code description}, {@code labels}, {@code due_date}, {@code milestone_id}).
 *
 * @param record      its name in the {@link PreparedMarker}, unique in the project
 * @param title       the issue's title
 * @param body        the description below the marker (the team's template, filled in)
 * @param labels      label names; GitLab creates a project label for a name that does not exist yet
 * @param dueDate     the day the ceremony is held, or null: what dates the record for the rules
 * @param iterationId the GitLab iteration to put it in, or null. The REST API has no iteration attribute on
 *                    create (doc/api/issues.md, "Create an issue"; gitlab-org/gitlab#395790), so it is set with
 *                    GitLab's documented {@code /iteration *iteration:<ID>} quick action in the description, which
 *                    GitLab runs when it saves the description (doc/user/project/quick_actions.md)
 * @param iterationName the iteration's name, for the dry-run line
 * @param milestoneId the milestone to assign it to ({@code milestone_id}), for teams tracking iterations as
 *                    milestones, or null
 */
public record PreparedIssue(String record, String title, String body, List<String> labels, LocalDate dueDate,
                            Long iterationId, String iterationName, Long milestoneId) {
    public PreparedIssue {
        new PreparedMarker(record);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        labels = List.copyOf(labels);
        if (title.isBlank()) {
            throw new IllegalArgumentException("a prepared record needs a title: " + record);
        }
    }

    /** The description sent: the marker first, the body, then the iteration's quick action on its own line. */
    String description() {
        String text = new PreparedMarker(record).line() + "\n\n" + body.strip() + "\n";
        return iterationId == null ? text : text + "\n/iteration *iteration:" + iterationId + "\n";
    }

    /** One line for a dry run: what the create sets, not the template's text. */
    String summary() {
        StringBuilder s = new StringBuilder("create issue \"").append(title).append('"');
        if (!labels.isEmpty()) {
            s.append(", labels ").append(String.join(", ", labels));
        }
        if (dueDate != null) {
            s.append(", due ").append(dueDate);
        }
        if (iterationId != null) {
            s.append(", in ").append(iterationName == null ? "iteration " + iterationId : iterationName)
                    .append(" (/iteration quick action)");
        }
        if (milestoneId != null) {
            s.append(", milestone ").append(iterationName == null ? milestoneId.toString() : iterationName);
        }
        return s.append(" (").append(body.strip().length()).append(" characters of template)").toString();
    }
}
