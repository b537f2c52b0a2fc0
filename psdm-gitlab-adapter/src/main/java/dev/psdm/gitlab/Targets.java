package dev.psdm.gitlab;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/** What a user names to read: the GitLab base URL, a project path, a group path, each checked and normalised. */
final class Targets {
    private Targets() {
    }

    /** {@code https://gitlab.example.com/gitlab} from the URL as given (a trailing {@code /} or {@code /api/v4} tolerated). */
    static String baseUrl(String value) {
        Objects.requireNonNull(value, "baseUrl");
        String v = value.strip().replaceAll("/+$", "");
        if (v.endsWith("/api/v4")) {
            v = v.substring(0, v.length() - "/api/v4".length());
        }
        URI uri;
        try {
            uri = new URI(v);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + value);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("the GitLab URL must start with https:// or http:// and name a host: "
                    + value);
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null) {
            throw new IllegalArgumentException("the GitLab URL must not carry credentials or a query: pass the token "
                    + "separately");
        }
        return v;
    }

    /** A project's full path without surrounding slashes ({@code v} is already stripped and not a numeric id). */
    static String projectPath(String v) {
        if (v.startsWith("http://") || v.startsWith("https://")) {
            throw new IllegalArgumentException("the project is a path like group/project or a numeric id, not a URL: "
                    + v);
        }
        String path = v.replaceAll("^/+|/+$", "");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("the project path is empty");
        }
        return path;
    }

    /** A group's full path or numeric id, without surrounding blanks and slashes. */
    static String group(String group) {
        String g = Objects.requireNonNull(group, "group").strip().replaceAll("^/+|/+$", "");
        if (g.isEmpty()) {
            throw new IllegalArgumentException("the group path is empty");
        }
        if (g.startsWith("http://") || g.startsWith("https://")) {
            throw new IllegalArgumentException("the group is a path like ps/customers or a numeric id, not a URL: " + g);
        }
        return g;
    }
}
