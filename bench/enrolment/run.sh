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
#   bench/enrolment/run.sh
#   CONNECTIONS=32 DURATION=30s WORKERS=1 bench/enrolment/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
duration=${DURATION:-20s}
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
mkdir -p "$work/data"

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

# MentorFlow: the real host over its SQLite file.
ensure_free "$mentorflow_port"
worker_settings=()
if [ -n "$workers" ]; then
  worker_settings=(extensions__durableTask__maxConcurrentOrchestratorFunctions="$workers"
    extensions__durableTask__maxConcurrentActivityFunctions="$workers")
fi
env "${worker_settings[@]}" MentorFlow__DataDirectory="$work/data" MentorFlow__AdminKey=$key Logging__LogLevel__Default=Warning \
  ASPNETCORE_URLS="http://127.0.0.1:$mentorflow_port" dotnet src/Functions/bin/Release/net10.0/MentorFlow.Functions.dll \
  > "$work/mentorflow.log" 2>&1 &
server_pid=$!
wait_ready "http://127.0.0.1:$mentorflow_port/health"
curl -fsS -o /dev/null -X POST "http://127.0.0.1:$mentorflow_port/api/programmes" -H "x-functions-key: $key" \
  -H "Content-Type: application/json" -d "{\"id\":\"$programme\",\"name\":\"Enrolment benchmark\"}"
load "http://127.0.0.1:$mentorflow_port/api/programmes/$programme/enrolments" "$work/mentorflow.txt"
stop_server
journeys() { sqlite3 "$work/data/mentorflow.db" "SELECT count(*) FROM instances WHERE instance_id LIKE 'journey:$programme:%'"; }
# Every 202 is on disk in the start journal; the journeys are created in the store from it, paced while enrolments
# pour in. Count what the store held when the host stopped, then start the host again on the same data and let it
# apply the rest of the journal (the count stops growing), and count the journeys again.
in_store_at_stop=$(journeys)
env MentorFlow__DataDirectory="$work/data" MentorFlow__AdminKey=$key Logging__LogLevel__Default=Warning \
  extensions__durableTask__maxConcurrentOrchestratorFunctions=1 extensions__durableTask__maxConcurrentActivityFunctions=1 \
  ASPNETCORE_URLS="http://127.0.0.1:$mentorflow_port" dotnet src/Functions/bin/Release/net10.0/MentorFlow.Functions.dll \
  > "$work/mentorflow-drain.log" 2>&1 &
server_pid=$!
# A large store and journal take a while to open (21 s seen after 230,000 enrolments before the readiness probe
# stopped creating the journal's starts itself; about 2 s since): up to ten minutes.
wait_ready "http://127.0.0.1:$mentorflow_port/health" 3000
previous=-1
on_disk=$(journeys)
while [ "$on_disk" -ne "$previous" ]; do
  previous=$on_disk
  sleep 3
  on_disk=$(journeys)
done
stop_server
sent=$(( $(requests "$work/mentorflow.txt.warmup") + $(requests "$work/mentorflow.txt") ))
refused=$(( $(non_2xx "$work/mentorflow.txt.warmup") + $(non_2xx "$work/mentorflow.txt") ))

echo "load average between: $(cut -d' ' -f1-3 /proc/loadavg)"

# The bare endpoint, same route, same Kestrel defaults.
ensure_free "$bare_port"
Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$bare_port" \
  dotnet bench/BareEndpoint/bin/Release/net10.0/bare-endpoint.dll > "$work/bare.log" 2>&1 &
server_pid=$!
wait_ready "http://127.0.0.1:$bare_port/health"
load "http://127.0.0.1:$bare_port/api/programmes/$programme/enrolments" "$work/bare.txt"
stop_server

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "wrk -t $threads -c $connections -d $duration --latency (after a $warmup warm-up), $(nproc) cores, workers ${workers:-default}, $(date -u +%FT%TZ)"
printf '%-28s %12s %10s %10s %10s %14s\n' endpoint "requests/s" p50 p90 p99 "CPU ms/202"
printf '%-28s %12s %10s %10s %10s %14s\n' "MentorFlow (SQLite, durable)" "$(rate "$work/mentorflow.txt")" \
  "$(percentile "$work/mentorflow.txt" 50)" "$(percentile "$work/mentorflow.txt" 90)" "$(percentile "$work/mentorflow.txt" 99)" \
  "$(cpu_ms_per_request "$work/mentorflow.txt")"
printf '%-28s %12s %10s %10s %10s %14s\n' "bare ASP.NET Core" "$(rate "$work/bare.txt")" \
  "$(percentile "$work/bare.txt" 50)" "$(percentile "$work/bare.txt" 90)" "$(percentile "$work/bare.txt" 99)" \
  "$(cpu_ms_per_request "$work/bare.txt")"
echo "MentorFlow: $sent requests, $refused refused (non-2xx), $on_disk journeys on disk ($in_store_at_stop created in the store by the time the host stopped, the rest from the start journal after a restart)"
# wrk counts the responses it read; requests still in flight when it stops (at most one per connection per run)
# may be committed without being counted. Every 202 counted must be on disk.
if [ "$on_disk" -lt $(( sent - refused )) ] || [ "$on_disk" -gt $(( sent - refused + 2 * connections )) ]; then
  echo "MISMATCH: $(( sent - refused )) enrolments accepted, $on_disk journeys on disk" >&2
  exit 1
fi
