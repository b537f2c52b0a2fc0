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

    /**
     * Where this build's {@code docs/} directory is on the web (ending in /), when the build was told
     * ({@code -Dpsdm.docs.url}, set by psdm-check's own pipeline); null for a local build.
     */
    static String docsUrl() {
        String url = properties().getProperty("docs", "").trim();
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            return null; // empty, or the unfiltered ${psdm.docs.url} of an IDE build
        }
        return url.endsWith("/") ? url : url + "/";
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
