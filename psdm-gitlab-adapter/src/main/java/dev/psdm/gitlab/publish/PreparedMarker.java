package dev.psdm.gitlab.publish;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden line that makes an issue a record psdm prepared ({@code psdm prepare}, issue 30 item 4): an HTML
 * comment, which GitLab does not render, at the top of the description, naming the record
 * ({@code planning/iteration-10111}, {@code iteration-0/customer-kickoff}). psdm finds its prepared records by it,
 * never by title, so an issue a person titled "Iteration 11 planning" is never taken for psdm's.
 *
 * <p>Its key differs from the compliance issue's on purpose: the compliance issue is left out of every snapshot
 * ({@link dev.psdm.gitlab.PsdmRecords}), while a prepared record is the team's ceremony record, which the rules
 * must see and judge like any other.
 *
 * <pre>{@code <!-- psdm-check:prepared record=planning/iteration-10111 -->}</pre>
 */
public record PreparedMarker(String record) {
    /** The marker's key; the marker search of {@link RecordPreparer} looks for it. */
    public static final String KEY = "psdm-check:prepared";
    private static final Pattern RECORD = Pattern.compile("[A-Za-z0-9._/-]{1,120}");
    private static final Pattern LINE = Pattern.compile("<!-- " + Pattern.quote(KEY) + " record=(" + RECORD.pattern() + ") -->");

    public PreparedMarker {
        if (record == null || !RECORD.matcher(record).matches()) {
            throw new IllegalArgumentException("a prepared record's name is letters, digits, '.', '_', '/' and '-': "
                    + record);
        }
    }

    public String line() {
        return "<!-- " + KEY + " record=" + record + " -->";
    }

    /** The marker in a description; empty when there is none (the issue is not a record psdm prepared). */
    public static Optional<PreparedMarker> in(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(description);
        return m.find() ? Optional.of(new PreparedMarker(m.group(1))) : Optional.empty();
    }
}
