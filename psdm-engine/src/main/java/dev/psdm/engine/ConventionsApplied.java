package dev.psdm.engine;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.ConventionsUsed;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * What an engine's conventions change, for the report (issue 25 item 6): every format then names the
 * conventions file (or "handbook defaults") and lists the rules switched off, which otherwise vanish from
 * the summary, and the rules reported at another severity than their own.
 */
final class ConventionsApplied {
    private ConventionsApplied() {
    }

    static ConventionsUsed of(List<RuleDescriptor> rules, Conventions conventions) {
        List<String> disabled = new ArrayList<>();
        List<ConventionsUsed.SeverityChange> changed = new ArrayList<>();
        for (RuleDescriptor rule : rules) {
            if (!conventions.isEnabled(rule.id())) {
                disabled.add(rule.id());
                continue;
            }
            Severity to = conventions.override(rule.id()).map(Conventions.RuleOverride::severity).orElse(null);
            if (to != null && to != rule.severity()) {
                changed.add(new ConventionsUsed.SeverityChange(rule.id(), rule.severity(), to));
            }
        }
        String file = conventions.source().file();
        if (file != null) {
            return new ConventionsUsed(ConventionsUsed.Source.FILE, file, disabled, changed);
        }
        // conventions built in code that change nothing are the handbook's defaults, whoever built them
        boolean defaults = conventions.settings().equals(Conventions.defaults().settings())
                && disabled.isEmpty() && changed.isEmpty() && conventions.waivers().isEmpty();
        return new ConventionsUsed(defaults ? ConventionsUsed.Source.DEFAULTS : ConventionsUsed.Source.CODE, null,
                disabled, changed);
    }
}
