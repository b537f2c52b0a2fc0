package dev.psdm.gitlab;

import org.gitlab4j.api.models.Project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project, or the group's projects, a fetch starts from. Unlike any later resource (whose 403 or 404 is a
 * data gap), a 403 or 404 here is an access error: the path is wrong or the token cannot see it.
 */
final class ProjectLookup {
    private ProjectLookup() {
    }

    /**
     * @param segment the project's id or URL-encoded path
     * @param what    the project as the user named it, for the error ({@code project 'group/project'})
     */
    static Project project(PageReader reader, Requester requester, String segment, String what) {
        ApiRequest request = new ApiRequest("project", List.of("projects", segment), Map.of());
        try {
            return reader.readObject(request, Project.class);
        } catch (GitLabAccessException e) {
            throw e;
        } catch (GitLabFetchException e) {
            if (e.status() == 404) {
                throw new GitLabAccessException(requester.clean(what + " not found (404) at " + e.url()
                        + ": it does not exist, or the token cannot see it"), 404, e.url(), e);
            }
            if (e.status() == 403) {
                throw new GitLabAccessException(requester.clean("GitLab refused access (403) to " + what + " at "
                        + e.url() + ": the token needs the read_api scope and access to the project"), 403, e.url(), e);
            }
            throw e;
        }
    }

    /**
     * The projects of a group and of its subgroups, archived ones left out, sorted by path. Projects
     * of other groups shared with this one are not its projects and are left out too.
     */
    static List<GroupProject> groupProjects(PageReader reader, Requester requester, String group) {
        String segment = group.matches("\\d+") ? group : GitLabRest.encodePathSegment(group);
        ApiRequest request = new ApiRequest("projects", List.of("groups", segment, "projects"),
                orderedMap("include_subgroups", "true", "archived", "false", "with_shared", "false",
                        "order_by", "path", "sort", "asc"));
        List<Project> listed;
        try {
            listed = reader.readAll(request, Project.class, "id");
        } catch (GitLabAccessException e) {
            throw e;
        } catch (GitLabFetchException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw new GitLabAccessException(requester.clean("group '" + group + "' " + (e.status() == 404
                        ? "not found (404) at " + e.url() + ": it does not exist, or the token cannot see it"
                        : "refused (403) at " + e.url() + ": the token needs the read_api scope and access to the group")),
                        e.status(), e.url(), e);
            }
            throw e;
        }
        List<GroupProject> projects = new ArrayList<>();
        for (Project p : listed) {
            // archived=false is a filter GitLab applies; an instance that ignores it must not sneak archived ones in
            if (!Boolean.TRUE.equals(p.getArchived())) {
                projects.add(new GroupProject(p.getId(), p.getPathWithNamespace(), p.getName(), p.getWebUrl()));
            }
        }
        projects.sort(Comparator.comparing(GroupProject::pathWithNamespace));
        return List.copyOf(projects);
    }

    private static Map<String, String> orderedMap(String... kv) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }
}
