package dev.psdm.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code psdm --version}: the version Maven filtered into version.properties. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"psdm-check " + version()};
    }

    /** The project version, "unknown" when the resource is missing (e.g. unfiltered resources in an IDE). */
    static String version() {
        return properties().getProperty("version", "unknown");
    }

    /** psdm-check's home when the build was not told another ({@code -Dpsdm.project.url}). */
    static final String DEFAULT_PROJECT_URL = "https://gitlab.com/psdm-check/psdm-check";

    /**
     * Where this version's {@code docs/} directory is on the web, ending in /: what the build was told
     * ({@code -Dpsdm.docs.url}, which psdm-check's own pipeline sets to the tag's or commit's {@code docs/}),
     * else {@code <project>/-/blob/v<version>/docs/} on psdm-check's project ({@code -Dpsdm.project.url}, by
     * default {@value #DEFAULT_PROJECT_URL}); a -SNAPSHOT build, which has no tag, links {@code main}.
     * Always absolute (issue 25 item 4): the links it makes are read in job artifacts and MR comments.
     */
    static String docsUrl() {
        Properties props = properties();
        String told = props.getProperty("docs", "").trim();
        if (isWebUrl(told)) {
            return told.endsWith("/") ? told : told + "/";
        }
        String project = props.getProperty("project", "").trim(); // the unfiltered ${...} of an IDE build is no URL
        project = isWebUrl(project) ? project : DEFAULT_PROJECT_URL;
        project = project.endsWith("/") ? project.substring(0, project.length() - 1) : project;
        String version = version();
        String ref = version.endsWith("-SNAPSHOT") || version.equals("unknown") ? "main" : "v" + version;
        return project + "/-/blob/" + ref + "/docs/";
    }

    /** Where this version's rule pages are: {@link #docsUrl()} + {@code rules/}. */
    static String ruleDocsUrl() {
        return docsUrl() + "rules/";
    }

    private static boolean isWebUrl(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }

    private static Properties properties() {
        Properties props = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }
}
