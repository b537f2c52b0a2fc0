package dev.psdm.rules.catalog.labels;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every distinct label name the project knows: defined in the project or its groups, or carried by an
 * issue (the label list may lack group labels). Labels GitLab archived ({@code archived}, doc/api/labels.md,
 * 18.3+) are left out, also where an issue still carries them: they are no longer offered for new issues.
 * One fact, for rules about which labels exist.
 *
 * @param names the label names, in the order first seen (project labels, then issues in snapshot order)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0") // custom DRL matches it (issue 28 item 9); the rest of the package is INTERNAL
public record ProjectLabels(Set<String> names) {

    public ProjectLabels {
        names = Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    /** Whether some label passes {@code test}. */
    public boolean any(Predicate<String> test) {
        for (String name : names) {
            if (test.test(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ProjectLabels[" + names.size() + " labels]";
    }
}
