#!/usr/bin/env bash
# Load run of the emulator on loopback: wrk, 64 connections, 30 s per case, against a baseline
# measured in the same run (a trivial jdk.httpserver handler). Prints a Markdown table for
# bench/RESULTS.md.
# Usage: bench/emulator-load.sh [DURATION]   (default 30s)
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30s}
connections=64
threads=2

if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -q && apt-get install -y -q wrk
fi
[ -x target/dist/pyro/bin/pyro ] || mvn -B -q -DskipTests package

work=$(mktemp -d)
export PYRO_CONFIG="$work/config.yaml" XDG_STATE_HOME="$work/state" PYRO_EMULATOR_TOKEN="bench-$RANDOM$RANDOM"
export PYRO_TOKEN="$PYRO_EMULATOR_TOKEN"
pids=()
cleanup() {
  target/dist/pyro/bin/pyro emulator stop --data "$work/data" >/dev/null 2>&1 || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

baseline_port=$(free_port)
java -Dsun.net.httpserver.nodelay=true bench/TrivialServer.java "$baseline_port" & pids+=($!)
target/dist/pyro/bin/pyro emulator start --detach --port 0 --data "$work/data" -q > "$work/start.txt"
url=$(sed -n 's/^url: *//p' "$work/start.txt")
for _ in $(seq 1 100); do curl -s "http://127.0.0.1:$baseline_port/" >/dev/null && break; sleep 0.1; done
for i in $(seq 1 20); do
  target/dist/pyro/bin/pyro --api-url "$url" -q sandbox create "seed-$i" --type cpu-sandbox --cpu 1 --memory 1 -o id >/dev/null
done

run() { # name, then wrk arguments
  local name=$1; shift
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" > "$work/$name.txt"
  cat "$work/$name.txt" >&2
}
run baseline "http://127.0.0.1:$baseline_port/api/v1/sandboxes"
run list -H "Authorization: Bearer $PYRO_TOKEN" "$url/api/v1/sandboxes"
run create -s bench/create-sandbox.lua "$url/api/v1/sandboxes"

rps() { awk '/^Requests\/sec/ {print $2}' "$work/$1.txt"; }
p99() { awk '$1=="99%" {print $2}' "$work/$1.txt"; }
errors() {
  awk '/Non-2xx or 3xx responses/ {n+=$NF} /Socket errors/ {gsub(",",""); n+=$4+$6+$8+$10} END {print n+0}' "$work/$1.txt"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }

{
  echo "### Emulator load ($(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1))"
  echo
  echo "\`wrk -t$threads -c$connections -d$duration --latency\` on loopback; the emulator runs with \`--data\` (every create fsynced before it is answered)."
  echo
  echo "| case | requests/s | vs baseline | p99 | errors |"
  echo "|---|---|---|---|---|"
  echo "| baseline: trivial jdk.httpserver handler | $(rps baseline) | 1.00 | $(p99 baseline) | $(errors baseline) |"
  echo "| \`GET /sandboxes\` (20 items) | $(rps list) | $(ratio "$(rps list)" "$(rps baseline)") | $(p99 list) | $(errors list) |"
  echo "| \`POST /sandboxes\`, durable | $(rps create) | $(ratio "$(rps create)" "$(rps baseline)") | $(p99 create) | $(errors create) |"
}
