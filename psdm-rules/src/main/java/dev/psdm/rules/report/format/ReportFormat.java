package dev.psdm.rules.report.format;

import java.util.Locale;

/** The output formats psdm-check writes, with their writers and usual file extensions. */
public enum ReportFormat {
    TEXT("txt", new TextReportWriter()),
    JSON("json", new JsonReportWriter());

    private final String extension;
    private final ReportWriter writer;

    ReportFormat(String extension, ReportWriter writer) {
        this.extension = extension;
        this.writer = writer;
    }

    public ReportWriter writer() {
        return writer;
    }

    public String extension() {
        return extension;
    }

    /** The name used on the command line: {@code text}, {@code json}, ... */
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
