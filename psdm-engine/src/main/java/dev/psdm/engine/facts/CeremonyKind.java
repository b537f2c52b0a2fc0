package dev.psdm.engine.facts;

import java.util.Locale;

/** The ceremonies of the handbook's "Agile ceremonies" section that psdm-check recognises. */
public enum CeremonyKind {
    PLANNING, REVIEW, REFINEMENT, STANDUP, RETROSPECTIVE, WEEKLY_STATUS;

    /** The name used in conventions and in {@code ceremony::<kind>} labels: {@code planning}, {@code weekly-status}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** For messages: "iteration planning", "weekly status". */
    public String displayName() {
        return switch (this) {
            case PLANNING -> "iteration planning";
            case REVIEW -> "iteration review / status report";
            case REFINEMENT -> "backlog refinement";
            case STANDUP -> "daily standup";
            case RETROSPECTIVE -> "retrospective";
            case WEEKLY_STATUS -> "weekly status";
        };
    }
}
