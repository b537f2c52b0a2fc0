package dev.psdm.engine.conventions;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML syntax error as one line a team lead can act on (issue 26 item 7): the line and column of the
 * problem itself (SnakeYAML's problem mark, not the context mark, which is where the scalar or mapping
 * began) and the scanner's reason in a user's words. Jackson's own message kept only the context
 * ("while scanning a double-quoted scalar") and the line where that context started.
 */
final class YamlSyntax {
    private static final Pattern UNKNOWN_ESCAPE = Pattern.compile("found unknown escape character (\\S+?)\\(");

    private YamlSyntax() {
    }

    static ConventionsException error(String file, JsonProcessingException e) {
        MarkedYAMLException marked = marked(e);
        if (marked == null || marked.getProblemMark() == null) {
            JsonLocation at = e.getLocation();
            String problem = e.getOriginalMessage();
            int cut = problem.indexOf('\n');
            return new ConventionsException(file, at != null && at.getLineNr() > 0 ? at.getLineNr() : null, null,
                    "invalid YAML: " + (cut > 0 ? problem.substring(0, cut) : problem));
        }
        Mark mark = marked.getProblemMark();
        return new ConventionsException(file, mark.getLine() + 1, mark.getColumn() + 1, null,
                "invalid YAML: " + reason(marked.getContext(), marked.getProblem(), mark));
    }

    /** The SnakeYAML exception under Jackson's wrapper, if there is one. */
    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

    /** The scanner's problem in a user's words; unknown ones keep SnakeYAML's text, which says what it found. */
    static String reason(String context, String problem) {
        return reason(context, problem, null);
    }

    private static String reason(String context, String problem, Mark at) {
        String p = problem == null ? "" : problem;
        String c = context == null ? "" : context;
        Matcher escape = UNKNOWN_ESCAPE.matcher(p);
        if (escape.find()) {
            return "\\" + escape.group(1) + " is not an escape in a double-quoted string: put a regular expression"
                    + " in single quotes ('(SOW-\\d+)'), or write the backslash twice (\"\\\\" + escape.group(1) + "\")";
        }
        if (p.contains("(TAB)") || p.contains("'\\t'") || p.contains("\t")) {
            return "a tab character: YAML indents with spaces only";
        }
        if (p.startsWith("mapping values are not allowed here")) {
            return "a ':' where no key can start: a key indented deeper than the one above it,"
                    + " or a value containing ': ' that needs quotes";
        }
        if (c.startsWith("while parsing a block mapping")) {
            // SnakeYAML names tokens ("found '<block mapping start>'"): say which key or list item, and where
            return "a key indented less than the keys before it in the same section (" + misplaced(p, at) + ")";
        }
        if (c.startsWith("while parsing a flow sequence")) {
            return "a [list is not closed with ] (" + found(p) + ")";
        }
        if (c.startsWith("while parsing a flow mapping")) {
            return "a {section is not closed with } (" + found(p) + ")";
        }
        if (c.startsWith("while scanning a quoted scalar") || c.startsWith("while scanning a double-quoted scalar")
                || c.startsWith("while scanning a single-quoted scalar")) {
            return "a quoted value is not closed (" + p + ")";
        }
        if (c.startsWith("while scanning a simple key") && p.startsWith("could not find expected ':'")) {
            return "a key without ':' (or a value continued on the next line without quotes)";
        }
        return (c.isEmpty() ? "" : c + ": ") + p;
    }

    /** What stands where no key of the section starts: "'raid' at column 2 lines up with no key above it". */
    private static String misplaced(String problem, Mark at) {
        String what;
        if (problem.endsWith("'-'")) {
            what = "the list item '-'";
        } else if (problem.endsWith("'<block mapping start>'") && at != null && !keyAt(at).isEmpty()) {
            what = "'" + keyAt(at) + "'";
        } else {
            return found(problem);
        }
        return what + (at == null ? "" : " at column " + (at.getColumn() + 1)) + " lines up with no key above it";
    }

    /** The key that starts at the mark: the text up to ':' or the end of its line, at most 40 characters. */
    private static String keyAt(Mark at) {
        int[] buffer = at.getBuffer();
        StringBuilder key = new StringBuilder();
        for (int i = at.getPointer(); i >= 0 && i < buffer.length && key.length() < 40; i++) {
            int c = buffer[i];
            if (c == ':' || c == '\n' || c == '\r' || c == '#') {
                break;
            }
            key.appendCodePoint(c);
        }
        return key.toString().strip();
    }

    /** "found X" from SnakeYAML's "expected A, but found B". */
    private static String found(String problem) {
        int at = problem.indexOf("but found");
        return at >= 0 ? problem.substring(at + 4) : problem;
    }
}
