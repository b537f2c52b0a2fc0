#!/usr/bin/env bash
# Rule start-up on the CI template's path (issue 23): cold `psdm check` of the large sample − cold
# `psdm --version`, through the launcher with the release's class archive handed over in
# PSDM_CDS_ARCHIVE (made as .ci/aot makes it: the jar dated by its digest, the archive recorded by
# the launcher's first check; -XX:AOTMode=on, so a run that could not use it fails), side by side
# with the launcher's own archive directory (PSDM_CDS_DIR, the arrangement before) and plain
# `java -jar`. All runs interleaved, medians. Target: template path <= 0.3 s (docs/PERFORMANCE.md).
#   psdm-bench/startup-template.sh [RUNS] [JAVA25_HOME]       (needs psdm-cli/target/psdm.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
java_home=${2:-/usr/lib/jvm/temurin-25-jdk-amd64}
sample=$PWD/examples/snapshots/large-project.json
test -f psdm-cli/target/psdm.jar || { echo "no psdm-cli/target/psdm.jar: mvn -B package -pl psdm-cli -am" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/run"
cp psdm-cli/target/psdm.jar psdm-cli/bin/psdm "$work/run/"
digest=$(sha256sum "$work/run/psdm.jar" | cut -c1-7)
touch -d "@$((0x$digest))" "$work/run/psdm.jar"
export JAVA_HOME=$java_home
PSDM_CDS_DIR=$work/own sh "$work/run/psdm" check --snapshot "$sample" --format json > /dev/null 2>&1 || true
cp "$work"/own/psdm-*.aot "$work/run/psdm.aot"
chmod 600 "$work/run/psdm.aot"
ms() { local s e; s=$(date +%s%N); env "$@" > /dev/null 2>&1 || true; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
release=(PSDM_CDS_ARCHIVE="$work/run/psdm.aot" PSDM_JAVA_OPTS=-XX:AOTMode=on sh "$work/run/psdm")
own=(PSDM_CDS_DIR="$work/own" sh "$work/run/psdm")
plain=("$java_home/bin/java" -jar "$work/run/psdm.jar")
for _ in $(seq "$runs"); do
  echo "release-check $(ms "${release[@]}" check --snapshot "$sample" --format json)"
  echo "release-version $(ms "${release[@]}" --version)"
  echo "own-check $(ms "${own[@]}" check --snapshot "$sample" --format json)"
  echo "own-version $(ms "${own[@]}" --version)"
  echo "plain-check $(ms "${plain[@]}" check --snapshot "$sample" --format json)"
  echo "plain-version $(ms "${plain[@]}" --version)"
done > "$work/times"
median() { grep "^$1 " "$work/times" | awk '{print $2}' | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
printf '%-58s %8s %10s %10s\n' "start path ($("$java_home/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2), $runs runs)" check --version start-up
for path in "release:launcher + release's archive (PSDM_CDS_ARCHIVE): template" "own:launcher + its own archive directory (PSDM_CDS_DIR)" "plain:java -jar psdm.jar"; do
  key=${path%%:*}
  c=$(median "$key-check"); v=$(median "$key-version")
  printf '%-58s %6d ms %7d ms %7d ms\n' "${path#*:}" "$c" "$v" "$((c - v))"
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
