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
                "invalid YAML: " + reason(marked.getContext(), marked.getProblem(), mark, marked.getContextMark()));
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
        return reason(context, problem, null, null);
    }

    /** @param at where the problem is; {@code began} where the scalar, list or mapping it is in began */
    private static String reason(String context, String problem, Mark at, Mark began) {
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
        if (c.startsWith("while parsing a block mapping") && (p.endsWith("']'") || p.endsWith("'}'"))) {
            String bracket = p.substring(p.length() - 2, p.length() - 1);
            return "a '" + bracket + "' that closes no " + ("]".equals(bracket) ? "[list" : "{section")
                    + ": remove it, or quote the value it belongs to";
        }
        if (c.startsWith("while parsing a block mapping")) {
            // SnakeYAML names tokens ("found '<block mapping start>'"): say which key or list item, and where
            return "a key indented less than the keys before it in the same section (" + misplaced(p, at) + ")";
        }
        boolean fileEnds = p.endsWith("'<stream end>'") || p.endsWith("got <stream end>");
        if (fileEnds && (c.startsWith("while parsing a flow node") || c.startsWith("while parsing a flow sequence")
                || c.startsWith("while parsing a flow mapping"))) {
            // "[" or "{" with nothing after it, or "[a," : the file ends inside the list or section
            return unclosed(at);
        }
        if (c.startsWith("while parsing a flow sequence")) {
            return opened("the [list", began) + " is not closed with ] before " + gotInstead(p);
        }
        if (c.startsWith("while parsing a flow mapping")) {
            return opened("the {section", began) + " is not closed with } before " + gotInstead(p);
        }
        if (c.startsWith("while scanning a quoted scalar") || c.startsWith("while scanning a double-quoted scalar")
                || c.startsWith("while scanning a single-quoted scalar")) {
            return p.contains("end of stream") && began != null
                    ? "the quoted value that starts at line " + (began.getLine() + 1) + ", column " + (began.getColumn() + 1)
                            + " is not closed before the end of the file"
                    : "a quoted value is not closed (" + p + ")";
        }
        if (c.startsWith("while scanning a simple key") && p.startsWith("could not find expected ':'")) {
            return "a key without ':' (or a value continued on the next line without quotes)";
        }
        return (c.isEmpty() ? "" : c + ": ") + p;
    }

    /**
     * The [list or {section the file ends inside: the innermost bracket still open at the end, with its
     * line and column (the problem mark is the end of the file, which alone does not say which one).
     * Brackets inside quotes or comments do not count. SnakeYAML keeps only a window of a long file: a
     * bracket opened before it, or on the window's first (partial) line, is not located.
     */
    private static String unclosed(Mark end) {
        int[] bracket = end == null ? null : innermostOpenBracket(end);
        if (bracket == null) {
            return "the file ends inside a [list or {section that is not closed with ] or }";
        }
        boolean list = bracket[0] == '[';
        return (list ? "the [list" : "the {section") + " opened at line " + bracket[1] + ", column " + bracket[2]
                + " is not closed with " + (list ? "]" : "}") + " before the end of the file";
    }

    /** {bracket, line, column} of the innermost '[' or '{' still open at the mark, or null. */
    private static int[] innermostOpenBracket(Mark end) {
        int[] buffer = end.getBuffer();
        int stop = Math.min(end.getPointer(), buffer.length);
        boolean wholeFile = end.getIndex() == end.getPointer();
        int line = end.getLine() + 1;
        for (int i = 0; i < stop; i++) {
            line -= buffer[i] == '\n' ? 1 : 0;
        }
        java.util.Deque<int[]> open = new java.util.ArrayDeque<>();
        boolean known = wholeFile; // a window's first line starts mid-line: its columns and quotes are unknown
        int column = 1;
        int quote = 0;
        boolean comment = false;
        int previous = '\n';
        for (int i = 0; i < stop; i++) {
            int ch = buffer[i];
            if (ch == '\n') {
                line++;
                column = 1;
                comment = false;
                known = true;
                previous = ch;
                continue;
            }
            if (known && !comment) {
                if (quote != 0) {
                    if (ch == quote) {
                        quote = 0;
                    } else if (ch == '\\' && quote == '"' && i + 1 < stop && buffer[i + 1] != '\n') {
                        i++;
                        column++;
                    }
                } else if ((ch == '"' || ch == '\'') && startsScalar(previous)) {
                    quote = ch;
                } else if (ch == '#' && (previous == ' ' || previous == '\t' || previous == '\n')) {
                    comment = true;
                } else if (ch == '[' || ch == '{') {
                    open.push(new int[]{ch, line, column});
                } else if ((ch == ']' || ch == '}') && !open.isEmpty()) {
                    open.pop();
                }
            }
            previous = ch;
            column++;
        }
        return open.peek();
    }

    /** Whether a quote after this character opens a quoted value (not an apostrophe inside a word). */
    private static boolean startsScalar(int previous) {
        return previous == ' ' || previous == '\t' || previous == '\n' || previous == '[' || previous == '{'
                || previous == ',' || previous == ':';
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

    private static String opened(String what, Mark began) {
        return began == null ? what : what + " opened at line " + (began.getLine() + 1) + ", column " + (began.getColumn() + 1);
    }

    /** "the '}'" from SnakeYAML's "expected ',' or ']', but got }" (its token, quoted or not). */
    private static String gotInstead(String problem) {
        int at = problem.indexOf("but got ");
        if (at < 0) {
            return "this point (" + problem + ")";
        }
        String token = problem.substring(at + 8).replace("'", "");
        return token.startsWith("<") ? "this point" : "the '" + token + "'";
    }

    /** "found X" from SnakeYAML's "expected A, but found B". */
    private static String found(String problem) {
        int at = problem.indexOf("but found");
        return at >= 0 ? problem.substring(at + 4) : problem;
    }
}
