package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.psdm.model.DataGap;
import dev.psdm.model.Iteration;
import dev.psdm.model.Snapshot;
import dev.psdm.model.SnapshotBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The snapshot from what the resources gave: records mapped one by one ({@link RecordMapper}), the
 * gaps of features the tier lacks ({@link TierGaps}), the iteration cadence that is the plan
 * ({@link CadenceChoice}), and the fetch's notices in resource order.
 */
final class SnapshotAssembly {
    private static final Logger LOG = LoggerFactory.getLogger(GitLabSnapshotLoader.class);

    private SnapshotAssembly() {
    }

    /** @param results per part, in part order: its JSON records, or a {@link DataGap} */
    static Snapshot assemble(SnapshotBuilder builder, List<Part> parts, List<Object> results, FetchNotices notices,
                             String iterationCadence) {
        RecordMapper records = new RecordMapper(notices);
        for (int i = 0; i < parts.size(); i++) {
            Object result = results.get(i);
            String resource = parts.get(i).resource();
            if (result instanceof DataGap gap) {
                builder.gap(gap);
                LOG.debug("Data gap for {}{}: {}", resource, gap.isReadFailure() ? " (read failed)" : "", gap.reason());
                continue;
            }
            @SuppressWarnings("unchecked")
            List<JsonNode> items = (List<JsonNode>) result;
            switch (resource) {
                case DataGap.ISSUES -> builder.issues(records.map(resource, PsdmRecords.withoutComplianceIssues(items),
                        GitLabRecords::issue));
                case DataGap.ITERATIONS -> builder.iterations(records.map(resource, items, GitLabRecords::iteration));
                case DataGap.MILESTONES -> builder.milestones(records.map(resource, items, GitLabRecords::milestone));
                case DataGap.LABELS -> builder.labels(records.map(resource, items, GitLabRecords::label));
                case DataGap.EPICS -> builder.epics(records.map(resource, items, GitLabRecords::epic));
                case DataGap.BOARDS -> builder.boards(records.map(resource, items, GitLabRecords::board));
                case DataGap.WIKI -> builder.wikiPages(records.map(resource, items, GitLabRecords::wikiPage));
                default -> throw new IllegalStateException("unknown resource " + resource);
            }
        }
        addTierGaps(parts, results, builder);
        Snapshot mapped = builder.build();
        List<Iteration> plan = CadenceChoice.choose(mapped.iterations(), mapped.issues(),
                iterationCadence, notices);
        builder = Snapshot.builder(mapped.project(), mapped.fetchedAt()).source(mapped.source()).group(mapped.group())
                .iterations(plan).milestones(mapped.milestones()).labels(mapped.labels()).issues(mapped.issues())
                .epics(mapped.epics()).boards(mapped.boards()).wikiPages(mapped.wikiPages());
        for (DataGap gap : mapped.gaps()) {
            builder.gap(gap);
        }
        builder.notices(notices.sorted(parts.stream().map(Part::resource).toList()));
        return builder.build();
    }

    /** Features the tier lacks, seen in the issue records ({@link TierGaps}); a resource already a gap stays one. */
    private static void addTierGaps(List<Part> parts, List<Object> results, SnapshotBuilder builder) {
        Set<String> gaps = new HashSet<>();
        List<JsonNode> issues = List.of();
        for (int i = 0; i < parts.size(); i++) {
            if (results.get(i) instanceof DataGap gap) {
                gaps.add(gap.resource());
            } else if (parts.get(i).resource().equals(DataGap.ISSUES)) {
                @SuppressWarnings("unchecked")
                List<JsonNode> read = (List<JsonNode>) results.get(i);
                issues = read;
            }
        }
        if (gaps.contains(DataGap.ISSUES)) {
            return;
        }
        for (DataGap gap : TierGaps.of(issues, gaps)) {
            builder.gap(gap);
            LOG.debug("Data gap for {}: {}", gap.resource(), gap.reason());
        }
    }
}
