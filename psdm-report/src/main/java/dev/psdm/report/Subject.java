package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.psdm.model.Issue;
import dev.psdm.model.Project;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a finding is about: an issue, an iteration, a label, a week, or the project itself.
 *
 * @param type  {@code issue}, {@code iteration}, {@code milestone}, {@code label}, {@code period} or {@code project}
 * @param iid   the issue's iid (issues and epics)
 * @param id    the GitLab id (iterations, milestones, labels, projects)
 * @param title the title or name, for people
 * @param webUrl a link to the subject in GitLab, when known
 */
@JsonPropertyOrder({"type", "key", "iid", "id", "title", "webUrl"})
public record Subject(String type, @Nullable Long iid, @Nullable Long id, @Nullable String title,
                      @Nullable String webUrl) {

    /** Deterministic order: by type, then number, then title. */
    public static final Comparator<Subject> ORDER = Comparator.comparing(Subject::type)
            .thenComparing(Subject::number, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Subject::title, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Subject {
        Objects.requireNonNull(type, "type");
    }

    public static Subject issue(Issue issue) {
        return new Subject("issue", issue.iid(), null, issue.title(), issue.webUrl());
    }

    public static Subject project(Project project) {
        return new Subject("project", null, project.id(), project.name(), project.webUrl());
    }

    public static Subject of(String type, @Nullable Long id, @Nullable String title, @Nullable String webUrl) {
        return new Subject(type, null, id, title, webUrl);
    }

    /** The iid when there is one, else the id: what people quote ("#42"). */
    public @Nullable Long number() {
        return iid != null ? iid : id;
    }

    /**
     * A stable identity for waivers and baselines: {@code issue#42}, {@code iteration:123}, {@code period:2026-03-02}.
     * Written into the JSON beside the parts it is made of (issue 25 item 5), so a reader can copy it into a
     * waiver; ignored when a report is read back.
     */
    @com.fasterxml.jackson.annotation.JsonProperty(value = "key", access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
    public String key() {
        if (iid != null) {
            return type + "#" + iid;
        }
        if (id != null) {
            return type + ":" + id;
        }
        return type + ":" + title;
    }

    /** For messages: {@code #42 'Vendor API access'}, {@code Iteration 3}. */
    public String label() {
        if (iid != null) {
            return "#" + iid + " '" + title + "'";
        }
        return title != null ? title : key();
    }
}
