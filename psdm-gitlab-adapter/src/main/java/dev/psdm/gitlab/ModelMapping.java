package dev.psdm.gitlab;

import dev.psdm.model.Board;
import dev.psdm.model.Epic;
import dev.psdm.model.Group;
import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.IterationState;
import dev.psdm.model.Label;
import dev.psdm.model.Milestone;
import dev.psdm.model.Project;
import dev.psdm.model.WikiPage;
import org.gitlab4j.api.models.AbstractUser;
import org.gitlab4j.api.models.BoardList;
import org.gitlab4j.api.models.Namespace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/** gitlab4j's model objects → psdm's snapshot records, field by field. */
final class ModelMapping {
    private ModelMapping() {
    }

    static Project project(org.gitlab4j.api.models.Project p) {
        return new Project(p.getId(), p.getName(), p.getPathWithNamespace(), p.getDescription(), p.getWebUrl(),
                instant(p.getCreatedAt()), Boolean.TRUE.equals(p.getArchived()));
    }

    /**
     * The group comes from the project's {@code namespace}: a project access token often cannot
     * {@code GET /groups/:id} of a private group, yet the project answer names it in full.
     */
    static Group group(Namespace ns) {
        return new Group(ns.getId(), ns.getName(), ns.getFullPath(), ns.getWebUrl());
    }

    static boolean isGroup(Namespace ns) {
        return ns != null && ns.getId() != null && "group".equalsIgnoreCase(ns.getKind());
    }

    static Issue issue(org.gitlab4j.api.models.Issue i) {
        List<String> assignees = new ArrayList<>();
        if (i.getAssignees() != null) {
            i.getAssignees().stream().map(AbstractUser::getUsername).filter(u -> u != null).forEach(assignees::add);
        } else if (i.getAssignee() != null && i.getAssignee().getUsername() != null) {
            assignees.add(i.getAssignee().getUsername());
        }
        return new Issue(i.getId(), i.getIid(), i.getTitle(), i.getDescription(), issueState(i),
                instant(i.getCreatedAt()), instant(i.getUpdatedAt()), instant(i.getClosedAt()), date(i.getDueDate()),
                i.getLabels() == null ? List.of() : i.getLabels(), assignees, i.getWeight(),
                i.getIteration() == null ? null : i.getIteration().getId(),
                i.getMilestone() == null ? null : i.getMilestone().getId(),
                // epic_iid is deprecated; GitLab sends the same iid in `epic` (Premium, and only when
                // the token can read the group's epics)
                i.getEpic() == null ? null : i.getEpic().getIid(),
                Boolean.TRUE.equals(i.getConfidential()), i.getWebUrl());
    }

    private static String issueState(org.gitlab4j.api.models.Issue i) {
        if (i.getState() == null) {
            return i.getClosedAt() != null ? "closed" : "opened";
        }
        // gitlab4j knows "reopened" too; GitLab's REST answer for a reopened issue is "opened"
        return i.getState() == org.gitlab4j.models.Constants.IssueState.CLOSED ? "closed" : "opened";
    }

    static Iteration iteration(org.gitlab4j.api.models.Iteration it) {
        return new Iteration(it.getId(), it.getIid(), it.getGroupId(),
                // cadence iterations ("automatic scheduling") have a null title: kept null
                it.getTitle(), it.getDescription(),
                it.getState() == null ? null : IterationState.fromGitLabCode(it.getState().toIntValue()),
                date(it.getStartDate()), date(it.getDueDate()), it.getWebUrl());
    }

    static Milestone milestone(org.gitlab4j.api.models.Milestone m) {
        return new Milestone(m.getId(), m.getIid(), m.getGroupId(), m.getTitle(), m.getDescription(), m.getState(),
                date(m.getStartDate()), date(m.getDueDate()), m.getWebUrl());
    }

    static Label label(org.gitlab4j.api.models.Label l) {
        return new Label(l.getId(), l.getName(), l.getColor(), l.getDescription());
    }

    static Epic epic(org.gitlab4j.api.models.Epic e) {
        String state = e.getState() == null ? null : e.getState().toString().toLowerCase(Locale.ROOT);
        return new Epic(e.getId(), e.getIid(), e.getTitle(), state, e.getLabels(), e.getWebUrl());
    }

    static Board board(org.gitlab4j.api.models.Board b) {
        List<Board.BoardList> lists = new ArrayList<>();
        if (b.getLists() != null) {
            for (BoardList l : b.getLists()) {
                // assignee/milestone/iteration lists (Premium) carry no label
                lists.add(new Board.BoardList(l.getId(), l.getLabel() == null ? null : l.getLabel().getName(),
                        l.getPosition() == null ? 0 : l.getPosition()));
            }
        }
        return new Board(b.getId(), b.getName(), lists);
    }

    static WikiPage wikiPage(org.gitlab4j.api.models.WikiPage w) {
        return new WikiPage(w.getTitle(), w.getSlug(), w.getContent());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** gitlab4j parses GitLab's {@code YYYY-MM-DD} as midnight UTC, so UTC gives the date back. */
    private static LocalDate date(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
