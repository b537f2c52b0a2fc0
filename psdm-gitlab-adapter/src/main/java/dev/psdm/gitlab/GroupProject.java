package dev.psdm.gitlab;

/**
 * A project of a group, as a portfolio scan lists it.
 *
 * @param id                numeric project id
 * @param pathWithNamespace full path, e.g. {@code ps/customers/acme/acme-collaboration}
 * @param name              display name
 * @param webUrl            link to the project
 */
public record GroupProject(long id, String pathWithNamespace, String name, String webUrl) {
}
