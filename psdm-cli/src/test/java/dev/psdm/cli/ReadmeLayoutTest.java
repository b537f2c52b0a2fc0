package dev.psdm.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's project-layout table names paths that exist (issue 26 item 13: it predated the module
 * split and named paths that no longer existed), and every module of the build is in it.
 */
class ReadmeLayoutTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void everyPathTheLayoutTableNamesExistsAndEveryModuleIsListed() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("## Project layout");
        assertThat(start).isNotNegative();
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1) < 0 ? readme.length()
                : readme.indexOf("\n## ", start + 1));
        List<String> paths = new ArrayList<>();
        Matcher m = Pattern.compile("`((?:psdm-[a-z-]+|examples|docs)/[^`]*)`").matcher(section);
        while (m.find()) {
            paths.add(m.group(1));
        }
        assertThat(paths).hasSizeGreaterThan(10);
        for (String path : paths) {
            Path resolved = ROOT.resolve(path.replace("psdm-cli/target/psdm.jar", "psdm-cli/pom.xml"));
            assertThat(resolved).as("README's layout table names %s", path).exists();
        }
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        while (module.find()) {
            assertThat(section).as("module %s in the layout table", module.group(1)).contains("`" + module.group(1) + "/");
        }
    }
}
