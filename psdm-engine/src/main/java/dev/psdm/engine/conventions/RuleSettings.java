package dev.psdm.engine.conventions;

import java.util.List;

/**
 * The settings a rule family declares (its {@code .psdm.yml} keys), found on the class path with
 * {@link java.util.ServiceLoader}: a catalog lists its families' implementations in
 * {@code META-INF/services/dev.psdm.engine.conventions.RuleSettings}. An implementation needs a public
 * no-argument constructor.
 */
public interface RuleSettings {
    /** The family's settings, in the order {@code psdm config --print-defaults} prints them. */
    List<Setting<?>> settings();
}
