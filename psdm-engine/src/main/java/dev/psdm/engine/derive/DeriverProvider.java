package dev.psdm.engine.derive;

import org.apiguardian.api.API;

import java.util.List;

/**
 * The derivers a catalog brings, found on the class path with {@link java.util.ServiceLoader}: a catalog
 * lists its implementations in {@code META-INF/services/dev.psdm.engine.derive.DeriverProvider} (the engine
 * lists its own, the cross-cutting facts every catalog shares). An implementation needs a public
 * no-argument constructor. Two derivers producing one fact type are refused when the engine is built.
 */
@API(status = API.Status.EXPERIMENTAL)
public interface DeriverProvider {
    /**
     * The derivers, in the order their facts are inserted into a session (providers are taken the
     * engine's first, then by class name, so the order is the same on every run).
     */
    List<Deriver<?>> derivers();
}
