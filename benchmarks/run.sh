#!/usr/bin/env bash
# Builds what the benchmarks need (never installs) and runs them: JMH, the end-to-end rounds against the simulator in
# its own process, and the consumer footprint. Prints markdown tables and lines "ratio <name> <value>".
#   benchmarks/run.sh            full run (about 15 minutes)
#   benchmarks/run.sh --quick    short run (under 3 minutes once built)
#   benchmarks/run.sh [--quick] --only jmh|e2e|consumer|simulator   one part (repeatable)
#   benchmarks/run.sh --jfr-summary FILE   what a JFR recording of the client (see below) spent its samples on
# Set BENCH_SKIP_BUILD=1 to reuse the last build; BENCH_JAVA_OPTS for the client JVM (e.g. a JFR recording, or
# -Dbench.clients=trtc-producer,trtc-bare to run some clients only); BENCH_SIM_JAVA_OPTS for the simulator's JVM
# (e.g. -XX:StartFlightRecording=filename=target/sim.jfr,settings=profile); BENCH_SIMULATOR_JAR to run another build of
# the simulator (e.g. one of an older commit, to compare).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 && "${1:-}" != "--jfr-summary" ]]; then
    mvn -B -q -o -DskipTests -Dspotless.check.skip=true -Pbenchmarks package -pl benchmarks -am
fi
cd benchmarks
classpath="target/test-classes:target/classes:$(cat target/classpath.txt)"
if [[ "${1:-}" == "--jfr-summary" ]]; then
    exec java -cp "$classpath" dev.camelrtc.benchmarks.JfrSummary "$2"
fi
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -Dbench.simulatorJavaOpts="${BENCH_SIM_JAVA_OPTS:-}" -Dbench.simulatorJar="${BENCH_SIMULATOR_JAR:-$root/camel-rtc-simulator/target/camel-rtc-simulator.jar}" \
    -cp "$classpath" dev.camelrtc.benchmarks.BenchMain "$@"
