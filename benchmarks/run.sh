#!/usr/bin/env bash
# Builds what the benchmarks need (never installs) and runs them: JMH, the end-to-end rounds against the simulator in
# its own process, and the consumer footprint. Prints markdown tables and lines "ratio <name> <value>".
#   benchmarks/run.sh            full run (about 15 minutes)
#   benchmarks/run.sh --quick    short run (under 3 minutes once built)
#   benchmarks/run.sh [--quick] --only jmh|e2e|consumer   one part (repeatable)
# Set BENCH_SKIP_BUILD=1 to reuse the last build; BENCH_JAVA_OPTS for the client JVM (e.g. a JFR recording, or
# -Dbench.clients=trtc-producer,trtc-bare to run some clients only).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    mvn -B -q -o -DskipTests -Dspotless.check.skip=true -Pbenchmarks package -pl benchmarks -am
fi
cd benchmarks
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -Dbench.simulatorJar="$root/camel-rtc-simulator/target/camel-rtc-simulator.jar" \
    -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" dev.camelrtc.benchmarks.BenchMain "$@"
