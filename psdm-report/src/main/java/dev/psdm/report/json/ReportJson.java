package dev.psdm.report.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The mapper behind every JSON file psdm writes about a report (the report itself, baselines, Code
 * Quality, SARIF, the rule catalog). It is the report's own, not the snapshot reader's: the two
 * contracts ({@code psdm-report/1} and {@code psdm-snapshot/1}) evolve apart, and a change in how
 * snapshots are read (stricter checks on hostile input, say) must never move a byte of a report.
 */
public final class ReportJson {
    /**
     * The class-path resource of the {@code psdm-report/1} JSON Schema (2020-12), shipped in psdm-report's jar
     * beside the snapshot's {@code dev/psdm/model/psdm-snapshot-1.schema.json}; docs/report-json.md describes it.
     */
    public static final String SCHEMA_RESOURCE = "/dev/psdm/report/psdm-report-1.schema.json";

    private ReportJson() {
    }

    /** ISO-8601 instants and dates, no null fields, map entries by key, unknown fields ignored on read. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
