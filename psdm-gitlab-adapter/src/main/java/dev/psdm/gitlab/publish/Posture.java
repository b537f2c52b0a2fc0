package dev.psdm.gitlab.publish;

/**
 * The project's posture, shown as one scoped label on the compliance issue: compliant (nothing fails),
 * at risk (something fails, but below the gate's {@code --fail-on}), failing (the gate fails).
 */
public enum Posture {
    COMPLIANT, AT_RISK, FAILING
}
