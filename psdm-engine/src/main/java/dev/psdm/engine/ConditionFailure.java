package dev.psdm.engine;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A custom rule's condition threw (an {@code eval(...)} calling code that fails). Drools reports it as
 * {@code ...Rule_TEAM_EVIL_001_...Eval0Invoker@5e9f23b4 : java.lang.ArithmeticException ...}: the class
 * it generated for the condition, not the rule (issue 22 item 10). That class is named after the rule
 * ({@code Rule_} + the rule's name, a space made {@code _} and any other character that cannot be in a Java name {@code $uNN$}),
 * so the rule is the one whose name, made a Java name, is the longest found in the class names of the
 * exception's stack or messages.
 */
final class ConditionFailure {
    private ConditionFailure() {
    }

    /** The failure naming the custom rule, its file and the root cause; null when no rule can be told. */
    static RuleFailedException name(RuntimeException e, RuleSet ruleSet, KieBase custom, String projectPath) {
        StringBuilder haystack = new StringBuilder();
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            haystack.append(t.getMessage()).append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                haystack.append(frame.getClassName()).append('\n');
            }
            root = t;
        }
        String text = haystack.toString();
        Rule found = null;
        int longest = -1;
        for (KiePackage pkg : custom.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String javaName = "Rule_" + javaName(rule.getName());
                if (javaName.length() > longest && text.contains(javaName)) {
                    found = rule;
                    longest = javaName.length();
                }
            }
        }
        if (found == null) {
            return null;
        }
        Object id = found.getMetaData().get("id");
        return new RuleFailedException(id == null ? found.getName() : RuleMetadata.unquote(id), found.getName(),
                ruleSet.customSourceOf(found.getName()), projectPath, root == e && e.getCause() == null ? e : root);
    }

    private static String javaName(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            // as Drools 10 names it: Rule_TEAM$u45$RAID$u45$001_Open_RAID_items_have_a_due_date<hash>Eval0Invoker
            if (c == ' ') {
                sb.append('_');
            } else if (Character.isJavaIdentifierPart(c) && c != '$') {
                sb.append(c);
            } else {
                sb.append("$u").append((int) c).append('$');
            }
        }
        return sb.toString();
    }
}
