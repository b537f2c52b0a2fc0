package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.psdm.model.Issue;
import dev.psdm.model.Project;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a finding or a notice is about: an issue, an iteration, a label, a week, or the project itself. One
 * shape wherever a report names a subject (issue 25 item 10): its {@code type}, its {@linkplain #key() key}
 * (always), and the parts the key is made of.
 *
 * @param type  {@code issue}, {@code epic}, {@code iteration}, {@code milestone}, {@code label}, {@code period},
 *              {@code wiki}, {@code activity} or {@code project} (custom rules may name others)
 * @param iid   the issue's iid (issues and epics); its key is {@code issue#42}
 * @param id    the GitLab id (iterations, milestones, projects); its key is {@code iteration:10104}
 * @param title the title or name, for people; the key of a subject with neither number ({@code label:…},
 *              {@code period:…}, {@code wiki:…}, {@code activity:…})
 * @param webUrl a link to the subject in GitLab, when known
 * @param confidential true for a confidential issue (the snapshot's {@code confidential}): the customer view
 *              ({@link AudienceView}) never prints its title; left out of the JSON when false
 * @param assignees an issue's assignees' usernames, its owners (empty: nobody owns it); null when not known
 *              (not an issue, or a report written before psdm-check read them), and then left out of the JSON
 */
@JsonPropertyOrder({"type", "key", "iid", "id", "title", "webUrl", "confidential", "assignees"})
public record Subject(String type, @Nullable Long iid, @Nullable Long id, @Nullable String title,
                      @Nullable String webUrl,
                      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean confidential,
                      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> assignees) {

    /** Deterministic order: by type, then number, then title. */
    public static final Comparator<Subject> ORDER = Comparator.comparing(Subject::type)
            .thenComparing(Subject::number, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Subject::title, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Subject {
        Objects.requireNonNull(type, "type");
        assignees = assignees == null ? null : List.copyOf(assignees);
    }

    /**
     * Hashes what tells subjects apart (type and number, else title), not every component: the evidence of a
     * report with thousands of findings is matched to them by subject, and hashing each title, link and
     * assignee list read memory for nothing (issue 29 item 4). Equal subjects still hash alike.
     */
    @Override
    public int hashCode() {
        return 31 * type.hashCode() + (iid != null ? Long.hashCode(iid) : id != null ? Long.hashCode(id) : Objects.hashCode(title));
    }

    /** A subject that is not confidential, its owners not known. */
    public Subject(String type, @Nullable Long iid, @Nullable Long id, @Nullable String title, @Nullable String webUrl) {
        this(type, iid, id, title, webUrl, false, null);
    }

    /** An issue: its title, link, confidentiality and assignees (its owners, issue 27 item 3). */
    public static Subject issue(Issue issue) {
        return new Subject("issue", issue.iid(), null, issue.title(), issue.webUrl(), issue.confidential(), issue.assignees());
    }

    /** This subject under another title (the customer view's stand-in for a confidential issue's title). */
    public Subject withTitle(@Nullable String value) {
        return new Subject(type, iid, id, value, webUrl, confidential, assignees);
    }

    /**
     * Who owns it, for people: {@code @jdoe}, {@code @jdoe, @asmith}, or {@code no owner} for an issue nobody is
     * assigned to; null when the subject has no owners to tell (not an issue, or its assignees are not known).
     */
    public @Nullable String owner() {
        if (assignees == null) {
            return null;
        }
        return assignees.isEmpty() ? "no owner" : String.join(", ", assignees.stream().map(a -> "@" + a).toList());
    }

    public static Subject project(Project project) {
        return new Subject("project", null, project.id(), project.name(), project.webUrl());
    }

    public static Subject of(String type, @Nullable Long id, @Nullable String title, @Nullable String webUrl) {
        return new Subject(type, null, id, title, webUrl);
    }

    /**
     * The subject a {@linkplain #key() key} names, as far as the key tells ({@code issue#42} an issue with iid
     * 42, {@code iteration:10104} an iteration with id 10104, {@code label:needs triage} a label by name);
     * the key of the result is the key given. A key it cannot place (no {@code #} or {@code :}, or an issue or
     * iteration without a number: a waiver's typo) is a subject of type {@code unknown} titled by the key,
     * and its key stays the text given.
     */
    public static Subject fromKey(String key, @Nullable String title) {
        Objects.requireNonNull(key, "key");
        int hash = key.indexOf('#');
        int colon = key.indexOf(':');
        if (hash > 0 && (colon < 0 || hash < colon) && key.substring(hash + 1).matches("[0-9]{1,18}")) {
            return new Subject(key.substring(0, hash), Long.parseLong(key.substring(hash + 1)), null, title, null);
        }
        if (colon > 0) {
            String type = key.substring(0, colon);
            String rest = key.substring(colon + 1);
            if (rest.matches("[0-9]{1,18}")) {
                return new Subject(type, null, Long.parseLong(rest), title, null);
            }
            if (!NUMBERED.contains(type)) {
                return new Subject(type, null, null, rest, null);
            }
        }
        // "foo", "issue#abc", "iteration:Iteration 4": not a key a finding has, so not claimed to be one
        return new Subject(UNKNOWN, null, null, key, null);
    }

    /** The type of a subject read from a key psdm cannot place ({@link #fromKey}). */
    public static final String UNKNOWN = "unknown";
    /** Types whose key is a number ({@code issue#42}, {@code iteration:10104}), never a title. */
    private static final java.util.Set<String> NUMBERED = java.util.Set.of("issue", "epic", "iteration", "milestone",
            "project");

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
        if (UNKNOWN.equals(type) && title != null && iid == null && id == null) {
            return title; // the key as a waiver wrote it (fromKey): a notice names what the user wrote
        }
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
