package dev.psdm.report.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates psdm's CI outputs against the schemas committed in {@code src/test/resources/schemas/}:
 * the JUnit XSD, the GitLab Code Quality JSON Schema and the SARIF 2.1.0 JSON Schema (see each file's
 * description for its source). Each method returns the problems found, empty when the document is valid.
 */
public final class OutputValidators {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema CODE_QUALITY = jsonSchema("/schemas/gitlab-code-quality-report.schema.json",
            SpecVersion.VersionFlag.V202012);
    private static final JsonSchema SARIF = jsonSchema("/schemas/sarif-2.1.0-subset.schema.json",
            SpecVersion.VersionFlag.V7);
    private static final Schema JUNIT = xmlSchema("/schemas/junit.xsd");
    /** The published report schema (main resources: what users get in the jar and in docs/report-json.md). */
    private static final JsonSchema REPORT = jsonSchema(dev.psdm.report.json.ReportJson.SCHEMA_RESOURCE,
            SpecVersion.VersionFlag.V202012);

    private OutputValidators() {
    }

    public static List<String> codeQualityProblems(String json) {
        return validate(CODE_QUALITY, json);
    }

    /**
     * Problems of a {@code psdm-report/1} document against {@code psdm-report-1.schema.json}; for a
     * {@code psdm-portfolio/1} document, of each project's report (prefixed with the project's path).
     */
    public static List<String> reportProblems(String json) {
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        if ("psdm-portfolio/1".equals(tree.path("schema").asText())) {
            List<String> problems = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode project : tree.path("projects")) {
                if (project.has("report")) {
                    for (ValidationMessage m : REPORT.validate(project.get("report"))) {
                        problems.add(project.path("path").asText() + ": " + m.getMessage());
                    }
                }
            }
            return problems;
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : REPORT.validate(tree)) {
            problems.add(m.getMessage());
        }
        return problems;
    }

    /**
     * True when the text is a JSON document psdm writes about reports ({@code psdm-report/1} or
     * {@code psdm-portfolio/1}): what the command-line tests validate wherever a run wrote one.
     */
    public static boolean isReportJson(String text) {
        String t = text.strip();
        if (!t.startsWith("{")) {
            return false;
        }
        try {
            String schema = MAPPER.readTree(t).path("schema").asText();
            return schema.equals("psdm-report/1") || schema.equals("psdm-portfolio/1");
        } catch (IOException e) {
            return false;
        }
    }

    public static List<String> sarifProblems(String json) {
        return validate(SARIF, json);
    }

    /** Schema problems of a SARIF log against another SARIF schema file (e.g. the official OASIS one). */
    public static List<String> sarifProblems(String json, java.nio.file.Path schemaFile) {
        try (InputStream in = java.nio.file.Files.newInputStream(schemaFile)) {
            return validate(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config()), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> junitProblems(String xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = JUNIT.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            if (problems.isEmpty()) {
                problems.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static List<String> validate(JsonSchema schema, String json) {
        try {
            List<String> problems = new ArrayList<>();
            for (ValidationMessage m : schema.validate(MAPPER.readTree(json))) {
                problems.add(m.getMessage());
            }
            return problems;
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** Formats ("uri", "uri-reference") are checked, not only annotated. */
    private static SchemaValidatorsConfig config() {
        return SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    }

    private static JsonSchema jsonSchema(String resource, SpecVersion.VersionFlag version) {
        try (InputStream in = OutputValidators.class.getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(version).getSchema(in, config());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema xmlSchema(String resource) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // no network, no files: the XSD and the documents are self-contained
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(OutputValidators.class.getResource(resource).toExternalForm()));
        } catch (SAXException e) {
            throw new IllegalStateException("bad XSD " + resource + ": " + e.getMessage(), e);
        }
    }
}
