package dev.psdm.report.format;

import java.util.Locale;
import java.util.function.Function;

/** The output formats psdm-check writes, with their writers and usual file extensions. */
public enum ReportFormat {
    /** For people at a terminal or in a CI log. */
    TEXT("txt", TextReportWriter::new),
    /** The {@code psdm-report/1} contract. */
    JSON("json", options -> new JsonReportWriter()),
    /** An issue or merge request comment. */
    MARKDOWN("md", MarkdownReportWriter::new),
    /** JUnit XML for GitLab's unit test report ({@code artifacts:reports:junit}). */
    JUNIT("xml", JUnitReportWriter::new),
    /** GitLab Code Quality JSON ({@code artifacts:reports:codequality}). */
    CODEQUALITY("json", CodeQualityReportWriter::new),
    /** SARIF 2.1.0. */
    SARIF("sarif", SarifReportWriter::new),
    /** One self-contained, printable HTML page. */
    HTML("html", HtmlReportWriter::new);

    private final String extension;
    private final Function<FormatOptions, ReportWriter> factory;
    private final ReportWriter defaultWriter;

    ReportFormat(String extension, Function<FormatOptions, ReportWriter> factory) {
        this.extension = extension;
        this.factory = factory;
        this.defaultWriter = factory.apply(FormatOptions.defaults());
    }

    /** The writer with {@link FormatOptions#defaults()}. */
    public ReportWriter writer() {
        return defaultWriter;
    }

    /** A writer with these options. */
    public ReportWriter writer(FormatOptions options) {
        return factory.apply(options);
    }

    public String extension() {
        return extension;
    }

    /** The name used on the command line: {@code text}, {@code json}, {@code codequality}, ... */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportFormat parse(String value) {
        for (ReportFormat f : values()) {
            if (f.cliName().equalsIgnoreCase(value.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + value + "'");
    }
}
