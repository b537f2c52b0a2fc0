package dev.psdm.examples.embedded;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28 item 10: psdm-bom names every library module at the build's version, so a user who imports it
 * names no psdm version again; those modules, and only those, ship -sources and -javadoc jars and are
 * deployed. (A reactor cannot import its own BOM without installing it, hence a check of the file rather
 * than an import.)
 */
class BomTest {
    private static final Path ROOT = Path.of("..", "..");
    private static final List<String> NOT_LIBRARIES = List.of("psdm-cli", "psdm-bench", "examples", "psdm-bom");

    @Test
    void bomListsEveryLibraryModuleAtTheBuildsVersion() throws Exception {
        Document root = read(ROOT.resolve("pom.xml"));
        String version = child(root.getDocumentElement(), "version");
        List<String> libraries = new ArrayList<>();
        NodeList modules = root.getElementsByTagName("module");
        for (int k = 0; k < modules.getLength(); k++) {
            String module = modules.item(k).getTextContent().trim();
            if (!NOT_LIBRARIES.contains(module)) {
                libraries.add(module);
            }
        }
        assertThat(libraries).contains("psdm-engine", "psdm-rules", "psdm-assertj");

        Document bom = read(ROOT.resolve("psdm-bom").resolve("pom.xml"));
        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(version);
        assertThat(bom.getElementsByTagName("parent").getLength()).as("a BOM without the build's parent").isZero();
        List<String> managed = new ArrayList<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int k = 0; k < deps.getLength(); k++) {
            Element dep = (Element) deps.item(k);
            assertThat(child(dep, "version")).as(child(dep, "artifactId")).isEqualTo(version);
            managed.add(child(dep, "artifactId"));
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(libraries);
    }

    @Test
    void everyLibraryModuleShipsSourcesAndJavadocAndOnlyLibrariesAreDeployed() throws Exception {
        // the parent attaches -sources and -javadoc jars to every module and .ci/publish-maven deploys the reactor:
        // what keeps an application or an example out of both is its own opt-out
        Document root = read(ROOT.resolve("pom.xml"));
        NodeList modules = root.getElementsByTagName("module");
        for (int k = 0; k < modules.getLength(); k++) {
            String module = modules.item(k).getTextContent().trim();
            if (module.equals("psdm-bom")) {
                continue;
            }
            List<String> optOuts = new ArrayList<>();
            for (String skip : List.of("maven.source.skip", "maven.javadoc.skip", "maven.deploy.skip")) {
                NodeList set = read(ROOT.resolve(module).resolve("pom.xml")).getElementsByTagName(skip);
                if (set.getLength() > 0 && set.item(0).getTextContent().trim().equals("true")) {
                    optOuts.add(skip);
                }
            }
            if (NOT_LIBRARIES.contains(module)) {
                assertThat(optOuts).as(module + " is not a library").hasSize(3);
            } else {
                assertThat(optOuts).as(module + " is a library: sources, javadoc, deployed").isEmpty();
            }
        }
    }

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int k = 0; k < nodes.getLength(); k++) {
            if (nodes.item(k) instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }
}
