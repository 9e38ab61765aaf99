#!/usr/bin/env bash
# Enrolment benchmark: enrolments accepted per second over HTTP on loopback, with p50/p99 latency, by wrk, against
# the MentorFlow host (each 202 only after the journey's start is synced to the start journal in its data directory)
# and, in the same run, against a bare ASP.NET Core endpoint on the same route (bench/BareEndpoint). Both are Release
# builds with Kestrel's defaults on 127.0.0.1 and logging at Warning. Every request is a new person (enrol.lua), so
# every 202 is a new accepted enrolment; afterwards the journeys on disk are counted against the 202s wrk saw.
#
# It also prints the host's CPU time per accepted enrolment (utime + stime of the host process from /proc/<pid>/stat,
# over the measured wrk run, divided by the 202s of that run): steadier than the rate when other work shares the cores.
# WORKERS=n sets the durable worker's concurrency (orchestration steps and activities one process runs at once).
#
# The two endpoints take turns, ROUNDS times (3 by default), in the order host-bare, bare-host, host-bare, ...: on these
# shared virtual machines either endpoint's rate moves by a fifth or more from one run to the next, so a single pair
# cannot tell whether the host reaches half the bare endpoint's rate. Each round starts each server afresh (the host on
# a fresh data directory), and the share is reported per round and as the median of the rounds.
#
#   bench/enrolment/run.sh
#   CONNECTIONS=64 bench/enrolment/run.sh
#   CONNECTIONS=32 DURATION=30s WORKERS=1 ROUNDS=1 bench/enrolment/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

# Each 202 waits for its start's sync, so the host needs many requests in flight to keep the cores busy: the target is
# judged where both endpoints are saturated (docs/performance.md: at 64 connections one round of three fell below it).
connections=${CONNECTIONS:-256}
threads=${THREADS:-2}
duration=${DURATION:-20s}
rounds=${ROUNDS:-3}
# Under this load the host is still compiling (tier-1 JIT of the request path and of the journeys it paces) for about
# 16 s (dotnet-counters: 500-1,000 methods a second until then, next to none after); a 15 s warm-up let that spill
# into the measured run in some runs. Both endpoints get the same warm-up.
warmup=${WARMUP:-30s}
work=${WORK:-/tmp/mentorflow-enrolment-bench}
mentorflow_port=${MENTORFLOW_PORT:-5181}
bare_port=${BARE_PORT:-5182}
workers=${WORKERS:-}
key=bench-admin-key-0123456789
programme=bench

if ! command -v wrk > /dev/null; then
  echo "installing wrk (Debian package)" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y wrk > /dev/null || { apt-get update > /dev/null && apt-get install -y wrk > /dev/null; }
  else sudo apt-get install -y wrk > /dev/null; fi
fi

dotnet build src/Functions/MentorFlow.Functions.csproj -c Release -v q -nologo > /dev/null
dotnet build bench/BareEndpoint/MentorFlow.BareEndpoint.csproj -c Release -v q -nologo > /dev/null
rm -rf "$work"
mkdir -p "$work"

server_pid=
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2> /dev/null || true
    wait "$server_pid" 2> /dev/null || true
    server_pid=
  fi
}
trap stop_server EXIT

ensure_free() {
  if curl -s -o /dev/null "http://127.0.0.1:$1/"; then
    echo "something already listens on port $1: stop it or choose another port" >&2
    return 1
  fi
}

# Waits until $1 answers, polling every 0.2 s, at most $2 tries (default 300: a minute).
wait_ready() {
  for _ in $(seq 1 "${2:-300}"); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    sleep 0.2
  done
  echo "server at $1 did not become ready" >&2
  return 1
}

# CPU time (user + system) of process $1 so far, in clock ticks: fields 14 and 15 of /proc/<pid>/stat, counted after
# the parenthesised command name, which may itself contain spaces.
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }

# Runs wrk once to warm up (JIT, pools; discarded) and once measured; the measured output goes to $2, and the server's
# CPU ticks over the measured run to $2.cpu.
load() {
  local url=$1 out=$2 before
  RUN_ID=warm wrk -t "$threads" -c "$connections" -d "$warmup" -s bench/enrolment/enrol.lua "$url" > "$out.warmup"
  before=$(cpu_ticks "$server_pid")
  RUN_ID=run wrk -t "$threads" -c "$connections" -d "$duration" --latency -s bench/enrolment/enrol.lua "$url" > "$out"
  echo $(( $(cpu_ticks "$server_pid") - before )) > "$out.cpu"
}

# CPU milliseconds of the server per accepted request of the measured run in $1.
cpu_ms_per_request() {
  awk -v ticks="$(cat "$1.cpu")" -v hz="$(getconf CLK_TCK)" -v n="$(( $(requests "$1") - $(non_2xx "$1") ))" \
    'BEGIN { if (n > 0) printf "%.3f", ticks * 1000 / hz / n; else print "n/a" }'
}

requests() { awk '/requests in/ { print $1 }' "$1"; }
non_2xx() { awk '/Non-2xx/ { print $5 }' "$1" | grep . || echo 0; }
rate() { awk '/Requests\/sec/ { print $2 }' "$1"; }
percentile() { awk -v p="$2%" '$1 == p { print $2 }' "$1"; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
ensure_free "$mentorflow_port"
ensure_free "$bare_port"
worker_settings=()
if [ -n "$workers" ]; then
  worker_settings=(extensions__durableTask__maxConcurrentOrchestratorFunctions="$workers"
    extensions__durableTask__maxConcurrentActivityFunctions="$workers")
fi

journeys() { sqlite3 "$1/mentorflow.db" "SELECT count(*) FROM instances WHERE instance_id LIKE 'journey:$programme:%'"; }

# Round $1 of MentorFlow: the real host over a fresh SQLite file; what it held when it stopped goes to host-$1.at-stop.
measure_host() {
  local data="$work/host-$1/data"
  mkdir -p "$data"
  env "${worker_settings[@]}" MentorFlow__DataDirectory="$data" MentorFlow__AdminKey=$key Logging__LogLevel__Default=Warning \
    ASPNETCORE_URLS="http://127.0.0.1:$mentorflow_port" dotnet src/Functions/bin/Release/net10.0/MentorFlow.Functions.dll \
    > "$work/host-$1/mentorflow.log" 2>&1 &
  server_pid=$!
  wait_ready "http://127.0.0.1:$mentorflow_port/health"
  curl -fsS -o /dev/null -X POST "http://127.0.0.1:$mentorflow_port/api/programmes" -H "x-functions-key: $key" \
    -H "Content-Type: application/json" -d "{\"id\":\"$programme\",\"name\":\"Enrolment benchmark\"}"
  load "http://127.0.0.1:$mentorflow_port/api/programmes/$programme/enrolments" "$work/host-$1.txt"
  stop_server
  journeys "$data" > "$work/host-$1.at-stop"
}

# Round $1 of the bare endpoint: same route, same Kestrel defaults.
measure_bare() {
  Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$bare_port" \
    dotnet bench/BareEndpoint/bin/Release/net10.0/bare-endpoint.dll > "$work/bare-$1.log" 2>&1 &
  server_pid=$!
  wait_ready "http://127.0.0.1:$bare_port/health"
  load "http://127.0.0.1:$bare_port/api/programmes/$programme/enrolments" "$work/bare-$1.txt"
  stop_server
}

for round in $(seq 1 "$rounds"); do
  if [ $(( round % 2 )) -eq 1 ]; then
    measure_host "$round"
    measure_bare "$round"
  else
    measure_bare "$round"
    measure_host "$round"
  fi
  echo "round $round done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
done

# Every 202 is on disk in the start journal; the journeys are created in the store from it, paced while enrolments
# pour in. After the measurements, each round's host is started again on its data (all rounds at once, each on a port
# of its own) and left to apply the rest of its journal until no count grows, and its journeys are counted against the
# 202s wrk saw.
drain_pids=()
stop_drains() {
  for pid in "${drain_pids[@]}"; do
    kill "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
  done
  drain_pids=()
}
trap 'stop_server; stop_drains' EXIT
drain_port() { echo $(( mentorflow_port + 1000 + $1 )); }
for round in $(seq 1 "$rounds"); do
  ensure_free "$(drain_port "$round")"
  env MentorFlow__DataDirectory="$work/host-$round/data" MentorFlow__AdminKey=$key Logging__LogLevel__Default=Warning \
    extensions__durableTask__maxConcurrentOrchestratorFunctions=1 extensions__durableTask__maxConcurrentActivityFunctions=1 \
    ASPNETCORE_URLS="http://127.0.0.1:$(drain_port "$round")" dotnet src/Functions/bin/Release/net10.0/MentorFlow.Functions.dll \
    > "$work/host-$round/mentorflow-drain.log" 2>&1 &
  drain_pids+=($!)
done
for round in $(seq 1 "$rounds"); do
  # A large store and journal take a while to open (21 s seen after 230,000 enrolments before the readiness probe
  # stopped creating the journal's starts itself; about 2 s since): up to ten minutes.
  wait_ready "http://127.0.0.1:$(drain_port "$round")/health" 3000
done
all_journeys() { for round in $(seq 1 "$rounds"); do journeys "$work/host-$round/data"; done; }
previous=
counts=$(all_journeys)
while [ "$counts" != "$previous" ]; do
  previous=$counts
  sleep 3
  counts=$(all_journeys)
done
stop_drains

mismatch=0
for round in $(seq 1 "$rounds"); do
  on_disk=$(journeys "$work/host-$round/data")
  sent=$(( $(requests "$work/host-$round.txt.warmup") + $(requests "$work/host-$round.txt") ))
  refused=$(( $(non_2xx "$work/host-$round.txt.warmup") + $(non_2xx "$work/host-$round.txt") ))
  echo "round $round: MentorFlow $sent requests, $refused refused (non-2xx), $on_disk journeys on disk ($(cat "$work/host-$round.at-stop") created in the store by the time the host stopped, the rest from the start journal after a restart)"
  # wrk counts the responses it read; requests still in flight when it stops (at most one per connection per run)
  # may be committed without being counted. Every 202 counted must be on disk.
  if [ "$on_disk" -lt $(( sent - refused )) ] || [ "$on_disk" -gt $(( sent - refused + 2 * connections )) ]; then
    echo "MISMATCH in round $round: $(( sent - refused )) enrolments accepted, $on_disk journeys on disk" >&2
    mismatch=1
  fi
done

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "wrk -t $threads -c $connections -d $duration --latency (after a $warmup warm-up), $rounds rounds, $(nproc) cores, workers ${workers:-default}, $(date -u +%FT%TZ)"
printf '%-6s %-28s %12s %10s %10s %10s %14s %8s\n' round endpoint "requests/s" p50 p90 p99 "CPU ms/202" share
shares=()
for round in $(seq 1 "$rounds"); do
  share=$(awk -v h="$(rate "$work/host-$round.txt")" -v b="$(rate "$work/bare-$round.txt")" 'BEGIN { printf "%.1f", 100 * h / b }')
  shares+=("$share")
  for endpoint in host bare; do
    out="$work/$endpoint-$round.txt"
    if [ $endpoint = host ]; then name="MentorFlow (SQLite, durable)"; else name="bare ASP.NET Core"; fi
    printf '%-6s %-28s %12s %10s %10s %10s %14s %8s\n' "$round" "$name" "$(rate "$out")" "$(percentile "$out" 50)" \
      "$(percentile "$out" 90)" "$(percentile "$out" 99)" "$(cpu_ms_per_request "$out")" "$([ $endpoint = host ] && echo "$share %")"
  done
done
median=$(printf '%s\n' "${shares[@]}" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
# wrk prints latencies with their unit (us, ms or s).
worst_p99=$(for round in $(seq 1 "$rounds"); do percentile "$work/host-$round.txt" 99; done |
  awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /[0-9]s$/) v *= 1000; if (v > max) max = v } END { printf "%.2f", max }')
echo "MentorFlow's rate as a share of the bare endpoint's: median $median % over $rounds rounds ($(printf '%s %%, ' "${shares[@]}" | sed 's/, $//')), target at least 50 %"
echo "MentorFlow's p99, the highest of the rounds: $worst_p99 ms, target under 50 ms"
exit $mismatch
