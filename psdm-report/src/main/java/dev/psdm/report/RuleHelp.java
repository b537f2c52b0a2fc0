package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What to do about a rule's findings (issue 25 items 3–5), from the rule's DRL metadata. These four keys
 * are the only ones read, for bundled and custom rules alike ({@code docs/writing-rules.md}):
 * <ul>
 *   <li>{@code @howToFix}: what the project manager does, in their words;</li>
 *   <li>{@code @quickActions}: GitLab quick actions to paste into the issue, separated by {@code ;}
 *       ({@code /weight 3; /assign @…}); {@code …} marks the part to fill in; empty when no quick action
 *       does the fix;</li>
 *   <li>{@code @handbookUrl}: the absolute link to the handbook section the rule enforces;</li>
 *   <li>{@code @pastEvent}: {@code true} when a finding is about something that already happened (a past
 *       iteration without planning, a project started without Iteration 0) and can only be waived: the
 *       reports then print the ready {@code .psdm.yml} waiver for it ({@link WaiverSnippet}).</li>
 * </ul>
 *
 * @param howToFix     what to do, or null when the rule does not say
 * @param quickActions the quick actions, in declared order (empty for none)
 * @param handbookUrl  the handbook section's URL, or null
 * @param waiveOnly    true when a finding can no longer be fixed, only waived ({@code @pastEvent})
 */
@JsonPropertyOrder({"howToFix", "quickActions", "handbookUrl", "waiveOnly"})
public record RuleHelp(@Nullable String howToFix,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> quickActions,
                       @Nullable String handbookUrl,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean waiveOnly) {

    /** The metadata keys, the one set the CLI page, every format and the rule docs read. */
    public static final String HOW_TO_FIX = "howToFix";
    public static final String QUICK_ACTIONS = "quickActions";
    public static final String HANDBOOK_URL = "handbookUrl";
    public static final String PAST_EVENT = "pastEvent";

    /** A rule that says nothing about fixing it. */
    public static final RuleHelp NONE = new RuleHelp(null, List.of(), null, false);

    public RuleHelp {
        quickActions = quickActions == null ? List.of() : List.copyOf(quickActions);
    }

    /** Reads the four keys from a rule's metadata (quotes already stripped); blank values count as absent. */
    public static RuleHelp fromMetadata(Map<String, String> meta) {
        String actions = meta.getOrDefault(QUICK_ACTIONS, "");
        List<String> list = Arrays.stream(actions.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new RuleHelp(blankToNull(meta.get(HOW_TO_FIX)), list, blankToNull(meta.get(HANDBOOK_URL)),
                Boolean.parseBoolean(meta.getOrDefault(PAST_EVENT, "false").strip()));
    }

    /** True when the rule declares none of the four keys. */
    @JsonIgnore
    public boolean isEmpty() {
        return howToFix == null && quickActions.isEmpty() && handbookUrl == null && !waiveOnly;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
