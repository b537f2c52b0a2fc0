package dev.psdm.engine.conventions;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where a team keeps its internal retrospectives. The handbook lists labels for "Internal retro &amp;
 * RAID tracking" with the collaboration project's labels, but also warns that everything there is
 * visible to the customer, so some teams keep internal retrospectives in the internal PS plan project.
 */
public enum RetrospectiveLocation {
    /** In the collaboration project (issues or wiki pages): PSDM-RET-001 looks for them in the snapshot. */
    COLLABORATION_PROJECT,
    /** In the internal PS plan project, which a snapshot of the collaboration project does not contain. */
    INTERNAL_PROJECT;

    /** The name used in {@code .psdm.yml}: {@code collaboration-project}, {@code internal-project}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses the {@code .psdm.yml} name; null when unknown. */
    public static @Nullable RetrospectiveLocation fromKey(String key) {
        for (RetrospectiveLocation l : values()) {
            if (l.key().equals(key)) {
                return l;
            }
        }
        return null;
    }
}
