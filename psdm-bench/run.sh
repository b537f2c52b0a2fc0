#!/usr/bin/env bash
# Runs the performance suite of psdm-check and prints one PASS/FAIL line per target (see docs/PERFORMANCE.md).
#   psdm-bench/run.sh            full run (about 10 minutes on 2 cores)
#   psdm-bench/run.sh --quick    short JMH iterations: checks the suite works, measures nothing reliably
# Builds what it needs (psdm-cli's fat jar, psdm-bench and its class path) with Maven, tests skipped:
# `mvn -B verify` runs them. Never installs anything into ~/.m2. Exit code 0 when every target passes.
# MAVEN_ARGS is handed to that Maven build (MAVEN_ARGS=-o builds offline from a populated ~/.m2).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q ${MAVEN_ARGS:-} package -pl psdm-cli,psdm-bench -am -DskipTests

exec java -cp "psdm-bench/target/classes:$(cat psdm-bench/target/bench.classpath)" \
  dev.psdm.bench.PsdmBench suite "$@"
