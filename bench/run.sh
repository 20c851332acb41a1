#!/usr/bin/env bash
# Runs every webex4j benchmark and writes the results table and machine description into
# bench/README.md. Builds what it needs (client, emulator jar, CLI jar, bench jar), starts the
# emulator as a separate process on 127.0.0.1, and stops it at the end. About 10 minutes plus
# workload 6's notify processes.
#
#   bench/run.sh                 everything
#   BENCH_JFR=1 bench/run.sh     also record a JFR profile of each Java workload (bench/target/results)
#   BENCH_ONLINE=1 bench/run.sh  let Maven download missing plugins/dependencies (default: offline)
#   BENCH_NOTIFY_PROCESSES=100   fewer ./webex notify processes in workload 6 (default 1,000, ~13 min)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="$root/bench"
out="$bench/target/results"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
started=$(date +%s)
log() { printf '[bench %4ds] %s\n' "$(( $(date +%s) - started ))" "$*" >&2; }

rm -rf "$out"
mkdir -p "$out"
results="$out/results.tsv"
: > "$results"

if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package)"
  (apt-get install -y wrk || (apt-get update && apt-get install -y wrk)) >/dev/null 2>&1 || log "wrk could not be installed"
fi

log "building client, emulator, CLI and bench jars"
offline=-o
[[ "${BENCH_ONLINE:-0}" == "1" ]] && offline=
(cd "$root" && mvn -B -q $offline -Pbench -DskipTests -Dspotless.check.skip=true package -pl bench,emulator -am)
cli_built=1
(cd "$root" && mvn -B -q $offline -DskipTests -Dspotless.check.skip=true package -pl cli -am) > "$out/cli-build.log" 2>&1 || cli_built=0
# Private copies: other builds in the same checkout may rewrite target/ jars while we run.
cp "$bench/target/benchmarks.jar" "$out/benchmarks.jar"
cp "$root/emulator/target/webex-emulator.jar" "$out/webex-emulator.jar"
jar="$out/benchmarks.jar"

{
  echo "date:        $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit:      $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cpu:         $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) ($(nproc) cores visible)"
  echo "memory:      $(free -m | awk '/Mem:/ {print $2}') MiB"
  echo "os:          $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "java:        $("$java" -version 2>&1 | sed -n 2p)"
  echo "wrk:         $( (wrk -v 2>&1 || true) | head -1 | cut -d' ' -f1-2)"
  echo "curl:        $(curl --version | head -1 | cut -d' ' -f1-2)"
  echo "load at start (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"

token="bench-admin-$RANDOM$RANDOM"
log "starting the emulator jar"
"$java" -jar "$out/webex-emulator.jar" --port 0 --token "$token" > "$out/emulator.log" 2>&1 &
emulator_pid=$!
trap 'kill "$emulator_pid" 2>/dev/null || true' EXIT
origin=""
for _ in $(seq 1 100); do
  origin=$(sed -n 's#^Webex emulator listening on \(http://[^/]*\)/v1.*#\1#p' "$out/emulator.log")
  [[ -n "$origin" ]] && break
  sleep 0.1
done
[[ -n "$origin" ]] || { cat "$out/emulator.log" >&2; exit 1; }
log "emulator at $origin (pid $emulator_pid)"

workload() { # name [extra JVM options...]
  local name="$1"; shift
  local jfr=()
  [[ "${BENCH_JFR:-0}" == "1" ]] && jfr=(-XX:StartFlightRecording=filename="$out/$name.jfr",settings=profile)
  log "workload $name"
  "$java" "$@" "${jfr[@]}" -cp "$jar" io.github.webex4j.bench.Workloads "$name" "$origin" "$token" "$out/state.properties" "$results"
}

workload setup
workload percall
workload stream
workload stream-big -Xmx64m

if [[ "$cli_built" == 1 && -x "$root/webex" ]] && "$root/webex" notify --help >/dev/null 2>&1; then
  log "workload cli"
  "$java" -cp "$jar" io.github.webex4j.bench.ProcessWorkloads cli "$origin" "$root" "$out/state.properties" "$results"
else
  printf '4. CLI cold start\tnot measured: the CLI did not build (see cli-build.log) or has no notify command\t-\t-\t-\t-\t-\t-\t≤ 2.0x\tno\t\n' >> "$results"
fi

workload bulk

log "workload delivery (1,000 messages twice, then ${BENCH_NOTIFY_PROCESSES:-1000} notify processes)"
"$java" -cp "$jar" io.github.webex4j.bench.DeliveryWorkload "$origin" "$token" "$root" "$results" 1000 "${BENCH_NOTIFY_PROCESSES:-1000}" > "$out/delivery.log" 2>&1

log "JMH: per-call allocations and hot paths"
"$java" -jar "$jar" -f 1 -wi 4 -w 1s -i 4 -r 1s -prof gc -rf json -rff "$out/jmh.json" \
  -jvmArgsAppend "-Dbench.origin=$origin -Dbench.admin=$token" \
  'PerCallBenchmark|HotPathBenchmarks|MultipartBenchmark' > "$out/jmh.log" 2>&1 || { tail -30 "$out/jmh.log" >&2; exit 1; }

if command -v wrk >/dev/null; then
  log "workload wrk"
  "$java" -cp "$jar" io.github.webex4j.bench.ProcessWorkloads wrk "$origin" "$root" "$out/state.properties" "$results" > "$out/wrk.log"
else
  printf '5. emulator throughput (wrk)\tnot measured: wrk is not installed\t-\t-\t-\t-\t-\t-\t≥ 10,000/s\tno\t\n' >> "$results"
fi

echo "load at end (1/5/15 min):   $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
echo "total run:   $(( $(date +%s) - started )) s (including the build)" >> "$out/machine.txt"
"$java" -cp "$jar" io.github.webex4j.bench.Report "$results" "$out/jmh.json" "$out/machine.txt" "$bench/README.md"
log "done: bench/README.md updated"
