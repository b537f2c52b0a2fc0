package dev.psdm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits a POSIX shell command line into words as {@code sh} would for the simple commands of our CI
 * templates: single and double quotes, {@code $VAR} and {@code ${VAR}} expansion (unset variables are
 * empty), and word splitting of unquoted expansions. No globbing, command substitution or escapes
 * beyond {@code \"} in double quotes: the templates use none.
 */
final class ShellWords {
    private ShellWords() {
    }

    static List<String> split(String line, Map<String, String> vars) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                word.append(line, i + 1, end);
                inWord = true;
                i = end;
            } else if (c == '"') {
                i++;
                for (; line.charAt(i) != '"'; i++) {
                    if (line.charAt(i) == '\\' && line.charAt(i + 1) == '"') {
                        word.append('"');
                        i++;
                    } else if (line.charAt(i) == '$') {
                        i = expand(line, i, vars, word) - 1;
                    } else {
                        word.append(line.charAt(i));
                    }
                }
                inWord = true;
            } else if (c == '$') {
                StringBuilder value = new StringBuilder();
                i = expand(line, i, vars, value) - 1;
                String[] parts = value.toString().trim().split("\\s+");
                for (int p = 0; p < parts.length; p++) {
                    if (parts[p].isEmpty()) {
                        continue;
                    }
                    if (p > 0 && inWord) {
                        words.add(word.toString());
                        word.setLength(0);
                    }
                    word.append(parts[p]);
                    inWord = true;
                }
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends the value of the variable at {@code start} ('$') and returns the index after its name. */
    private static int expand(String line, int start, Map<String, String> vars, StringBuilder out) {
        int i = start + 1;
        boolean braced = i < line.length() && line.charAt(i) == '{';
        if (braced) {
            i++;
        }
        int nameStart = i;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
            i++;
        }
        out.append(vars.getOrDefault(line.substring(nameStart, i), ""));
        return braced ? i + 1 : i;
    }
}
