package dev.psdm.report;

import java.util.List;
import java.util.Map;

/**
 * A rule as its DRL metadata describes it. The report, {@code psdm rules} and the generated rule
 * docs all come from here, so they cannot drift from the behaviour.
 *
 * @param id         stable public id, e.g. {@code PSDM-RAID-002}
 * @param title      the requirement, as a sentence
 * @param severity   default severity
 * @param appliesTo  project sizes the rule applies to; others get NOT_APPLICABLE
 * @param source     the handbook section the rule enforces
 * @param requires   snapshot resources ({@code epics}, {@code wiki}, ...) without which the rule is NOT_EVALUATED
 * @param metadata   every metadata key of the rule, quotes stripped, the documented ones included; for keys
 *                   of a team's own ({@link #meta}), since {@link #doc()} has the documentation typed
 * @param doc        the rule's documentation ({@link RuleDoc#NONE} when it declares none)
 */
public record RuleDescriptor(String id, String title, Severity severity, Applicability appliesTo, String source,
                             List<String> requires, Map<String, String> metadata, RuleDoc doc) {

    public RuleDescriptor {
        requires = List.copyOf(requires);
        metadata = Map.copyOf(metadata);
        java.util.Objects.requireNonNull(doc, "doc");
    }

    /** The metadata key of a rule's audience: {@code @audience("customer")} or {@code @audience("internal")}. */
    public static final String AUDIENCE = "audience";

    /**
     * Who the rule's results are for (issue 25 item 9): {@link Audience#CUSTOMER} when its {@code @audience} says
     * {@code customer}, else {@link Audience#INTERNAL}. A rule that does not say is internal, so the customer view
     * ({@link AudienceView}) shows only what a rule's author meant for the customer; every bundled rule says.
     */
    public Audience audience() {
        return Audience.parse(meta(AUDIENCE, Audience.INTERNAL.cliName()));
    }

    /** A metadata value, or the fallback when the rule does not declare it (custom keys; documentation is {@link #doc()}). */
    public String meta(String key, String fallback) {
        return metadata.getOrDefault(key, fallback);
    }
}
