#!/usr/bin/env bash
# Builds the same synthetic chronology with StaticChronology and with Hugo, side by side, and prints
# for each size the median wall time, the median CPU time (user + system: less disturbed than wall
# time when other work shares the machine), the peak memory (maximum resident set size), the files
# written and the ratios ours/Hugo, all measured in this run.
#
#   bench/run.sh                      # N = 1000 10000 100000, 3 runs each
#   SIZES="1000 10000" RUNS=5 bench/run.sh
#   HUGO_MAX=10000 bench/run.sh       # skip Hugo above this size (default: 100000)
#   WORK=../chrono-bench bench/run.sh     # keep the generated sites there and reuse them
#   CHRONO=path/to/chrono bench/run.sh   # measure another build of the command (before/after a change)
#
# Each run starts a new process and writes into a new, empty output folder. Builds alternate (ours, Hugo,
# ours, Hugo, ...) so that load from other work on the machine falls on both alike.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

sizes=${SIZES:-"1000 10000 100000"}
runs=${RUNS:-3}
hugo_max=${HUGO_MAX:-100000}
work=${WORK:-$(mktemp -d)}

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v hugo >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Hugo is missing: run as root so it can be installed (apt-get install hugo)" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null
fi
if [ ! -x /usr/bin/time ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

dotnet build -c Release --nologo -v q bench/generate >/dev/null
generate=$repo/bench/generate/bin/Release/net10.0/chrono-generate
# The command as it is deployed: published with ReadyToRun (see bench/README.md, start-up).
if [ -z "${CHRONO:-}" ]; then
  dotnet publish src/StaticChronology.Cli -c Release --use-current-runtime --self-contained false \
    -p:PublishReadyToRun=true -o "$work/chrono" --nologo -v q >/dev/null
fi
chrono=${CHRONO:-$work/chrono/chrono}

# Prints "wall-seconds cpu-seconds kilobytes" for one command, run in the given folder.
measure() {
  local folder=$1; shift
  local log
  log=$(mktemp)
  (cd "$folder" && /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" >/dev/null 2>"$log.err") || {
    echo "failed: $* (in $folder)" >&2
    cat "$log.err" >&2
    exit 1
  }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$log"
  rm -f "$log" "$log.err"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "Hugo: $(hugo version | cut -d' ' -f1-2); .NET: $(dotnet --version); cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '| N | tool | median wall (s) | runs (s) | median CPU (s) | peak memory (MiB) | files written | ours/Hugo wall | ours/Hugo CPU | ours/Hugo memory |\n'
printf '|---:|---|---:|---|---:|---:|---:|---:|---:|---:|\n'

for n in $sizes; do
  ours=$work/$n/ours
  site=$work/$n/hugo
  if [ ! -d "$ours/input" ]; then
    "$generate" "$n" "$ours" >/dev/null
  fi
  with_hugo=$([ "$n" -le "$hugo_max" ] && echo yes || echo no)
  if [ "$with_hugo" = yes ] && [ ! -d "$site/content" ]; then
    "$generate" "$n" "$site" --hugo >/dev/null
    cp -r "$repo/bench/hugo/." "$site/"
  fi

  ours_times=() ours_cpu=() ours_mem=() hugo_times=() hugo_cpu=() hugo_mem=()
  # Each run writes into a folder of its own, removed only after the last run of this size: removing
  # 11,000 files just before a build slows the file system under that build, whichever tool it is.
  rm -rf "$ours"/out-* "$site"/public-* "$site/resources"
  for i in $(seq "$runs"); do
    read -r t c m < <(measure "$ours" "$chrono" build --theme "$repo/theme" --output "out-$i")
    ours_times+=("$t"); ours_cpu+=("$c"); ours_mem+=("$m")
    if [ "$with_hugo" = yes ]; then
      read -r t c m < <(measure "$site" hugo --quiet -d "public-$i")
      hugo_times+=("$t"); hugo_cpu+=("$c"); hugo_mem+=("$m")
    fi
  done

  ours_t=$(printf '%s\n' "${ours_times[@]}" | median)
  ours_c=$(printf '%s\n' "${ours_cpu[@]}" | median)
  ours_m=$(printf '%s\n' "${ours_mem[@]}" | median)
  ours_files=$(find "$ours/out-1" -type f | wc -l)
  if [ "$with_hugo" = yes ]; then
    hugo_t=$(printf '%s\n' "${hugo_times[@]}" | median)
    hugo_c=$(printf '%s\n' "${hugo_cpu[@]}" | median)
    hugo_m=$(printf '%s\n' "${hugo_mem[@]}" | median)
    hugo_files=$(find "$site/public-1" -type f | wc -l)
    ratio_t=$(awk -v a="$ours_t" -v b="$hugo_t" 'BEGIN { printf "%.2f", a / b }')
    ratio_c=$(awk -v a="$ours_c" -v b="$hugo_c" 'BEGIN { printf "%.2f", a / b }')
    ratio_m=$(awk -v a="$ours_m" -v b="$hugo_m" 'BEGIN { printf "%.2f", a / b }')
  else
    ratio_t="Hugo not run" ratio_c="" ratio_m=""
  fi
  printf '| %s | ours | %s | %s | %s | %d | %s | %s | %s | %s |\n' "$n" "$ours_t" "${ours_times[*]}" "$ours_c" $((ours_m / 1024)) "$ours_files" "$ratio_t" "$ratio_c" "$ratio_m"
  if [ "$with_hugo" = yes ]; then
    printf '| %s | Hugo | %s | %s | %s | %d | %s | | | |\n' "$n" "$hugo_t" "${hugo_times[*]}" "$hugo_c" $((hugo_m / 1024)) "$hugo_files"
  fi
done

for n in $sizes; do
  rm -rf "$work/$n/ours"/out-* "$work/$n/hugo"/public-*
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); generated sites kept in $work"
