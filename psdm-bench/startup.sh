#!/usr/bin/env bash
# Rule start-up (cold `psdm check` of the large sample - cold `psdm --version`) for every way of
# starting psdm, side by side in one run: java -jar and the launcher, on the default JDK and on a
# Java 25+ JDK under /usr/lib/jvm (the CI template's path: launcher + AOT cache; target <= 0.3 s).
#   psdm-bench/startup.sh [--runs 11] [--java25-home DIR]        (docs/PERFORMANCE.md)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -pl psdm-cli,psdm-bench -am -DskipTests
exec java -cp "psdm-bench/target/classes:$(cat psdm-bench/target/bench.classpath)" \
  dev.psdm.bench.PsdmBench startup "$@"
