#!/usr/bin/env bash
# Cohort assignment benchmark: `mentorflow assign` against scipy's linear_sum_assignment on the
# capacity-expanded matrix, whole process against whole process (/usr/bin/time: wall seconds, max RSS),
# on random and structured instances. Checks that both find the same optimal total.
#
#   bench/assignment/run.sh                       # 1000x200, 5000x1000, 20000x4000; random and structured
#   SIZES="5000x1000" KINDS=random REPEAT=5 bench/assignment/run.sh
#
# Needs Debian's python3-scipy (apt-get install -y python3-scipy) for /usr/bin/python3.
# scipy needs an n x (n_mentors * capacity) float64 matrix (3.2 GB at 20000x4000, plus the scores and
# temporaries): it runs only when MemAvailable holds three times that matrix, and for at most
# SCIPY_TIMEOUT seconds; otherwise the table says it was not run and why.
set -euo pipefail
cd "$(dirname "$0")/../.."

work=${WORK:-/tmp/mentorflow-assignment-bench}
sizes=${SIZES:-"1000x200 5000x1000 20000x4000"}
kinds=${KINDS:-"random structured"}
repeat=${REPEAT:-3}
capacity=${CAPACITY:-5}
scipy_timeout=${SCIPY_TIMEOUT:-1800}

dotnet build src/Cli/MentorFlow.Cli.csproj -c Release -v q -nologo > /dev/null
dotnet build bench/Assignment.Bench/Assignment.Bench.csproj -c Release -v q -nologo > /dev/null
mentorflow=src/Cli/bin/Release/net10.0/mentorflow
generate=bench/Assignment.Bench/bin/Release/net10.0/assignment-bench
mkdir -p "$work"

# Runs a command under /usr/bin/time; prints "seconds max_rss_kb" and leaves its stdout in $2.
timed() {
  local label=$1 out=$2
  shift 2
  /usr/bin/time -f "%e %M" -o "$out.time" "$@" > "$out" 2> "$out.err" || { echo "$label failed: $(tail -n 3 "$out.err")" >&2; return 1; }
  cat "$out.time"
}

json_field() { tail -n 1 "$1" | /usr/bin/python3 -c "import json,sys; print(json.load(sys.stdin)['$2'])"; }

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo
echo "| instance | mentorflow s (median of runs) | mentorflow max RSS | scipy s (solve s) | scipy max RSS | speed-up | totals |"
echo "|---|---|---|---|---|---|---|"
for kind in $kinds; do
  for size in $sizes; do
    n=${size%x*}
    m=${size#*x}
    dir="$work/$kind-$size"
    if [ ! -f "$dir/scores.csv" ]; then
      "$generate" --kind "$kind" --mentees "$n" --mentors "$m" --capacity "$capacity" --seed 1 --out "$dir" > /dev/null
    fi
    runs=$repeat
    [ "$n" -ge 20000 ] && runs=1

    ours=() ours_rss=0
    for _ in $(seq "$runs"); do
      read -r s rss < <(timed mentorflow "$dir/mentorflow.out" "$mentorflow" assign \
        --scores "$dir/scores.csv" --capacities "$dir/capacities.csv" --out "$dir/assignment.csv")
      ours+=("$s")
      [ "$rss" -gt "$ours_rss" ] && ours_rss=$rss
    done
    our_seconds=$(median "${ours[@]}")
    our_total=$(json_field "$dir/mentorflow.out" total)

    slots=$((m * capacity))
    need_kb=$(( n * slots * 8 / 1024 * 3 ))
    avail_kb=$(awk '/MemAvailable/ { print $2 }' /proc/meminfo)
    if [ "$need_kb" -gt "$avail_kb" ]; then
      echo "| $kind $size | $our_seconds | $((ours_rss / 1024)) MB | not run: needs ~$((need_kb / 1048576)) GB, $((avail_kb / 1048576)) GB available | | | $our_total |"
      continue
    fi

    theirs=() their_rss=0 their_solve=()
    for _ in $(seq "$runs"); do
      if ! read -r s rss < <(timed scipy "$dir/scipy.out" timeout "$scipy_timeout" /usr/bin/python3 bench/assignment/scipy_assign.py \
        "$dir/scores.csv" "$dir/capacities.csv"); then
        theirs=()
        break
      fi
      theirs+=("$s")
      their_solve+=("$(json_field "$dir/scipy.out" solve_seconds)")
      [ "$rss" -gt "$their_rss" ] && their_rss=$rss
    done
    if [ "${#theirs[@]}" -eq 0 ]; then
      echo "| $kind $size | $our_seconds | $((ours_rss / 1024)) MB | not run to the end: failed or over ${scipy_timeout} s | | | $our_total |"
      continue
    fi
    their_seconds=$(median "${theirs[@]}")
    their_total=$(json_field "$dir/scipy.out" total)
    same=$(/usr/bin/python3 -c "print('equal' if abs($our_total - $their_total) <= 1e-6 else 'DIFFERENT')")
    speedup=$(/usr/bin/python3 -c "print(f'{$their_seconds / $our_seconds:.1f}x')")
    echo "| $kind $size | $our_seconds | $((ours_rss / 1024)) MB | $their_seconds ($(median "${their_solve[@]}")) | $((their_rss / 1024)) MB | $speedup | $same: $our_total vs $their_total |"
  done
done
