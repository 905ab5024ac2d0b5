#!/usr/bin/env bash
# Start-up of the shipped pyro, side by side in one hyperfine run with a Java hello world on the
# same runtime and flags, and curl making the same request as `sandbox list -o json` (against a
# local emulator). Prints a Markdown section for bench/RESULTS.md.
# Usage: bench/startup.sh [RUNS]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}

if ! command -v hyperfine >/dev/null 2>&1; then
  apt-get update -q && apt-get install -y -q hyperfine
fi
[ -x target/dist/pyro/bin/pyro ] || mvn -B -q -DskipTests package
pyro=$PWD/target/dist/pyro/bin/pyro

work=$(mktemp -d)
export PYRO_CONFIG="$work/config.yaml" XDG_STATE_HOME="$work/state"
cleanup() { "$pyro" emulator stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"$pyro" emulator start --detach --port 0 -q > "$work/start.txt"
url=$(sed -n 's/^url: *//p' "$work/start.txt")
token=$(sed -n 's/^ *token: *//p' "$PYRO_CONFIG" | head -n 1)
"$pyro" -p local -q sandbox create bench-box --type cpu-sandbox --cpu 1 --memory 1 -o id > /dev/null

if [ -x target/dist/pyro/runtime/bin/java ]; then
  java=$PWD/target/dist/pyro/runtime/bin/java
  runtime="jlink'd Temurin 25 runtime with the AOT cache (pyro); hello world on the same runtime"
else
  java=$(command -v java)
  runtime="default JDK ($("$java" -version 2>&1 | head -n 1)), no AOT cache"
fi
mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/Hello.java"
javac --release 17 -d "$work/hello" "$work/Hello.java"
hello_cmd=("$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$work/hello" Hello)
hello="${hello_cmd[*]}"
curl_list="curl -s -H 'Authorization: Bearer $token' $url/api/v1/sandboxes?page=1&page_size=20"

hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/times.json" \
  -n hello "$hello" \
  -n version "$pyro --version" \
  -n help "$pyro --help" \
  -n list-help "$pyro sandbox list --help" \
  -n list-json "$pyro -p local sandbox list -o json" \
  -n curl "$curl_list" >&2

peak_rss() { # the median of 5 runs' peak RSS, in MB
  for _ in 1 2 3 4 5; do /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1; done | sort -n | sed -n 3p | awk '{printf "%.0f", $1/1024}'
}
rss_version=$(peak_rss "$pyro" --version)
rss_hello=$(peak_rss "${hello_cmd[@]}")

python3 - "$work/times.json" "$rss_version" "$rss_hello" "$runtime" <<'PY'
import json, sys, datetime, os, platform
times = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ms = lambda name: times[name]["mean"] * 1000
sd = lambda name: times[name]["stddev"] * 1000
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print(f"### Start-up ({datetime.date.today()}, {os.cpu_count()} cores, {cpu})")
print()
print(f"`bench/startup.sh`: hyperfine, warm-up 3, {times['hello']['times'].__len__()} runs each, all in one hyperfine run; {sys.argv[4]}.")
print()
print("| command | mean | ± | vs baseline |")
print("|---|---|---|---|")
print(f"| Java hello world (baseline) | {ms('hello'):.0f} ms | {sd('hello'):.0f} | 1.00× hello |")
for name, label in [("version", "`pyro --version`"), ("help", "`pyro --help`"), ("list-help", "`pyro sandbox list --help`")]:
    print(f"| {label} | {ms(name):.0f} ms | {sd(name):.0f} | {ms(name)/ms('hello'):.2f}× hello |")
print(f"| curl, the same request (baseline) | {ms('curl'):.0f} ms | {sd('curl'):.0f} | 1.00× curl |")
print(f"| `pyro -p local sandbox list -o json` | {ms('list-json'):.0f} ms | {sd('list-json'):.0f} | {ms('list-json')/ms('curl'):.2f}× curl |")
print()
print(f"Peak RSS (median of 5): `pyro --version` {sys.argv[2]} MB; hello world {sys.argv[3]} MB.")
PY
