package dev.psdm.rules.testing;

/**
 * A team's own rules written inside a test, one rule at a time, so that each test shows only what it is about
 * (a metadata value, a clause, a consequence) instead of a copy of the whole DRL around it. The layout is the
 * one a team writes by hand: the rule's name, its metadata on one line, one condition and one consequence.
 */
public final class TeamDrl {
    /** The package, the fact the rules match and the {@code findings} global every rule file declares. */
    public static final String HEADER = """
            package team.rules;
            import dev.psdm.engine.facts.RaidItem;
            global dev.psdm.engine.Findings findings;
            """;

    private TeamDrl() {
    }

    /** The metadata every rule must declare, at WARNING for every project size. */
    public static String required(String id) {
        return required(id, "WARNING");
    }

    /** The metadata every rule must declare, at this severity for every project size. */
    public static String required(String id, String severity) {
        return "@id(\"" + id + "\") @title(\"t\") @severity(\"" + severity + "\") @appliesTo(\"ALL\") @source(\"s\")";
    }

    /** A rule: its name, its metadata line, its condition and its consequence ("" for none). */
    public static String rule(String name, String metadata, String when, String then) {
        return "rule \"" + name + "\"\n    " + metadata + "\nwhen\n    " + when + "\nthen\n"
                + (then.isEmpty() ? "" : "    " + then + "\n") + "end\n";
    }
}
