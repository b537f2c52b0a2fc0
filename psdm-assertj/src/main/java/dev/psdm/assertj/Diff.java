package dev.psdm.assertj;

import java.util.List;

/** The two sides of a mismatch between expected and actual lists, naming only the non-empty ones. */
final class Diff {
    private Diff() {
    }

    /** {@code (missing: [a], unexpected: [b])}, {@code (missing: [a])} or {@code (unexpected: [b])}. */
    static String describe(List<String> missing, List<String> unexpected) {
        StringBuilder sb = new StringBuilder("(");
        if (!missing.isEmpty()) {
            sb.append("missing: ").append(missing);
        }
        if (!unexpected.isEmpty()) {
            sb.append(missing.isEmpty() ? "" : ", ").append("unexpected: ").append(unexpected);
        }
        return sb.append(')').toString();
    }
}
