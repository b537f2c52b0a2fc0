package dev.psdm.assertj;

import dev.psdm.report.Subject;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Names a subject in an assertion: {@code issue(12)}, {@code iteration("Iteration 4")},
 * {@code project()}, {@code week(LocalDate.of(2026, 2, 2))}.
 */
public final class SubjectRef {
    private final String type;
    private final Long iid;
    private final String title;
    private final String display;

    private SubjectRef(String type, Long iid, String title, String display) {
        this.type = type;
        this.iid = iid;
        this.title = title;
        this.display = display;
    }

    public static SubjectRef issue(long iid) {
        return new SubjectRef("issue", iid, null, "issue #" + iid);
    }

    public static SubjectRef iteration(String title) {
        return new SubjectRef("iteration", null, title, "iteration '" + title + "'");
    }

    public static SubjectRef milestone(String title) {
        return new SubjectRef("milestone", null, title, "milestone '" + title + "'");
    }

    public static SubjectRef label(String name) {
        return new SubjectRef("label", null, name, "label '" + name + "'");
    }

    /** An activity the handbook expects a record of ("customer kickoff", "support handoff"). */
    public static SubjectRef activity(String name) {
        return new SubjectRef("activity", null, name, "activity '" + name + "'");
    }

    public static SubjectRef project() {
        return new SubjectRef("project", null, null, "the project");
    }

    /** The reporting week that starts on this day. */
    public static SubjectRef week(LocalDate start) {
        return new SubjectRef("period", null, "week " + start, "week of " + start);
    }

    /** Any subject of this type with this title (wiki pages, boards, custom subjects). */
    public static SubjectRef of(String type, String title) {
        return new SubjectRef(type, null, title, type + " '" + title + "'");
    }

    /** True when the report's subject is the one this reference names. */
    public boolean matches(Subject subject) {
        if (!type.equals(subject.type())) {
            return false;
        }
        if (iid != null) {
            return iid.equals(subject.iid());
        }
        if (title == null) {
            return true;
        }
        return subject.title() != null && (subject.title().equals(title)
                || ("period".equals(type) && subject.title().startsWith(title)));
    }

    /** How an actual subject is shown in failure messages, in the same words as the references. */
    static String describe(Subject subject) {
        return switch (subject.type()) {
            case "issue" -> "issue #" + subject.iid();
            case "project" -> "the project";
            case "period" -> subject.title();
            default -> subject.type() + " '" + subject.title() + "'";
        };
    }

    @Override
    public String toString() {
        return display;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectRef other && type.equals(other.type) && Objects.equals(iid, other.iid)
                && Objects.equals(title, other.title);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, iid, title);
    }
}
