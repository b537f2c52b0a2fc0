package dev.psdm.bench;

import dev.psdm.model.testing.ModuleArchitectureTest;

/** The benchmarks measure the library from the outside: nothing in them is part of an engine's internals. */
class BenchArchitectureTest extends ModuleArchitectureTest {
    BenchArchitectureTest() {
        super("dev.psdm.bench", "the benchmarks measure the library as a user embeds it", "dev.psdm.engine.internal..");
    }
}
