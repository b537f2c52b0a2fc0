package dev.psdm.gitlab.publish;

import java.util.List;
import java.util.Objects;

/**
 * The scoped labels that show a {@link Posture}: by default {@code PSDM::compliant}, {@code PSDM::at risk}
 * and {@code PSDM::failing}. Scoped labels ({@code key::value}) are mutually exclusive in GitLab Premium; on
 * Free they are ordinary labels, so psdm removes the other two itself when it sets one.
 */
public record PostureLabels(String compliant, String atRisk, String failing) {
    public static final PostureLabels DEFAULT = new PostureLabels("PSDM::compliant", "PSDM::at risk", "PSDM::failing");

    public PostureLabels {
        for (String label : new String[] {compliant, atRisk, failing}) {
            if (Objects.requireNonNull(label, "label").isBlank() || label.contains(",")) {
                throw new IllegalArgumentException("a posture label must be a non-empty name without a comma: '"
                        + label + "'");
            }
        }
        if (compliant.equals(atRisk) || atRisk.equals(failing) || compliant.equals(failing)) {
            throw new IllegalArgumentException("the three posture labels must differ");
        }
    }

    /** Parses {@code "compliant,at risk,failing"} names (with a common scope such as {@code PSDM::}). */
    public static PostureLabels parse(String commaSeparated) {
        String[] parts = commaSeparated.split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("--posture-labels takes three labels: compliant,at risk,failing (was '"
                    + commaSeparated + "')");
        }
        return new PostureLabels(parts[0].strip(), parts[1].strip(), parts[2].strip());
    }

    public String label(Posture posture) {
        return switch (posture) {
            case COMPLIANT -> compliant;
            case AT_RISK -> atRisk;
            case FAILING -> failing;
        };
    }

    public List<String> all() {
        return List.of(compliant, atRisk, failing);
    }
}
