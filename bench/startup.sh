#!/usr/bin/env bash
# Start-up of the shipped pyro, side by side in one hyperfine run with a Java hello world on the
# same runtime and flags, and curl making the same request as `sandbox list -o json` (against a
# local emulator), and the same list over https (a local TLS endpoint whose CA pyro is told to
# trust with --ca-file) beside its own floor. Prints a Markdown section for bench/RESULTS.md.
# Usage: bench/startup.sh [RUNS]   (default 30)
#   PYRO_BEFORE=DIR (an unpacked dist, e.g. a copy of target/dist/pyro built before a change):
#   its commands run in the same hyperfine run, so before and after are paired.
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

jdk25=${PYRO_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
if [ -x target/dist/pyro/runtime/bin/java ]; then
  java=$PWD/target/dist/pyro/runtime/bin/java
  runtime="jlink'd Temurin 25 runtime with the AOT cache (pyro); hello world and floor on the same runtime, each with its own AOT cache"
else
  java=$(command -v java)
  runtime="default JDK ($("$java" -version 2>&1 | head -n 1)), no AOT cache"
fi
# The baselines run as pyro does: the shipped runtime, the same flags, and (when pyro has one)
# an AOT cache of their own, made by one training run (the runtime has no default CDS archive).
aot_of() { # NAME CLASSPATH ARGS...: prints the AOT flags for NAME after one training run
  local name=$1; shift
  if [ -f target/dist/pyro/lib/pyro.aot ]; then
    "$java" -XX:AOTCacheOutput="$work/$name.aot" -Xlog:aot=error -Xlog:cds=error "${flags[@]}" -cp "$@" > /dev/null 2>&1
    echo "-XX:AOTCache=$work/$name.aot -Xlog:aot=off -Xlog:cds=off"
  fi
}
mkdir -p "$work/hello" "$work/floor"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/Hello.java"
javac --release 17 -d "$work/hello" "$work/Hello.java"
jar cf "$work/hello.jar" -C "$work/hello" .
read -ra hello_aot <<< "$(aot_of hello "$work/hello.jar" Hello)"
hello_cmd=("$java" "${hello_aot[@]}" "${flags[@]}" -cp "$work/hello.jar" Hello)
hello="${hello_cmd[*]}"
curl_list="curl -s -H 'Authorization: Bearer $token' $url/api/v1/sandboxes?page=1&page_size=20"
# The floor of `list -o json` (bench/Floor.java): the same GET with java.net.http, printed
# through Jackson's generator. It needs Java 21 (HttpClient.shutdownNow).
floor=""
javac_floor=$jdk25/bin/javac
[ -x "$javac_floor" ] || javac_floor=javac
pyro_jar=$PWD/target/dist/pyro/lib/pyro.jar
if "$javac_floor" --release 21 -cp "$pyro_jar" -d "$work/floor" bench/Floor.java 2>/dev/null; then
  jar cf "$work/floor.jar" -C "$work/floor" .
  floor_args=("$work/floor.jar:$pyro_jar" Floor "$url/api/v1/sandboxes?page=1&page_size=20" "$token")
  read -ra floor_aot <<< "$(aot_of floor "${floor_args[@]}")"
  floor_cmd=("$java" "${floor_aot[@]}" "${flags[@]}" -cp "${floor_args[@]}")
  floor="${floor_cmd[*]}"
fi
floor_bench=()
[ -z "$floor" ] || floor_bench=(-n floor "$floor")

# https: the same body, served over TLS by bench/TlsServer.java with the test key that
# src/test/resources/tls/ca.pem signed; pyro and the floor trust that CA only.
ca=$PWD/src/test/resources/tls/ca.pem
https_bench=()
if [ -x "$jdk25/bin/java" ]; then
  curl -s -H "Authorization: Bearer $token" "$url/api/v1/sandboxes?page=1&page_size=20" > "$work/body.json"
  "$jdk25/bin/java" bench/TlsServer.java src/test/resources/tls/server.p12 "$work/body.json" "$work/tls.port" &
  tls_server=$!
  trap 'kill $tls_server 2>/dev/null || true; cleanup' EXIT
  for _ in $(seq 100); do [ -s "$work/tls.port" ] && break; sleep 0.1; done
  https_url="https://127.0.0.1:$(cat "$work/tls.port")"
  https_bench=(-n list-https "$pyro -p local --api-url $https_url --ca-file $ca sandbox list -o json")
  if [ -n "$floor" ]; then
    tls_args=("$work/floor.jar:$pyro_jar" Floor "$https_url/api/v1/sandboxes?page=1&page_size=20" "$token" "$ca")
    read -ra tls_aot <<< "$(aot_of floor-https "${tls_args[@]}")"
    https_bench+=(-n floor-https "$java ${tls_aot[*]} ${flags[*]} -cp ${tls_args[*]}")
  fi
fi

# Help on a terminal (a pty from script(1)): picocli draws it in colour at the terminal's width.
tty_bench=()
if command -v script >/dev/null 2>&1; then
  tty_bench=(-n hello-tty "script -qec '$hello' /dev/null" -n list-help-tty "script -qec '$pyro sandbox list --help' /dev/null")
fi

before_bench=()
if [ -n "${PYRO_BEFORE:-}" ]; then
  before=$(cd "$PYRO_BEFORE" && pwd)/bin/pyro
  before_bench=(-n before-version "$before --version" -n before-help "$before --help"
    -n before-list-help "$before sandbox list --help" -n before-list-json "$before -p local sandbox list -o json")
  [ ${#tty_bench[@]} -eq 0 ] || before_bench+=(-n before-list-help-tty "script -qec '$before sandbox list --help' /dev/null")
  [ -z "${https_url:-}" ] ||
    before_bench+=(-n before-list-https "$before -p local --api-url $https_url --ca-file $ca sandbox list -o json")
fi

# From a directory of no importance, as an installed pyro runs: a cache whose recorded class path
# resolves only from the project root once hid ~550 exceptions per start from this bench (stop 21).
cd "$work"
hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/times.json" \
  -n hello "$hello" \
  -n version "$pyro --version" \
  -n help "$pyro --help" \
  -n list-help "$pyro sandbox list --help" \
  -n list-json "$pyro -p local sandbox list -o json" \
  -n curl "$curl_list" \
  "${floor_bench[@]}" "${https_bench[@]}" "${tty_bench[@]}" "${before_bench[@]}" >&2

peak_rss() { # the median of 5 runs' peak RSS, in MB
  for _ in 1 2 3 4 5; do /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1; done | sort -n | sed -n 3p | awk '{printf "%.0f", $1/1024}'
}
rss_version=$(peak_rss "$pyro" --version)
rss_hello=$(peak_rss "${hello_cmd[@]}")
rss_list=$(peak_rss "$pyro" -p local sandbox list -o json)
rss_before=""
[ -z "${PYRO_BEFORE:-}" ] || rss_before=$(peak_rss "$before" -p local sandbox list -o json)

python3 - "$work/times.json" "$rss_version" "$rss_hello" "$runtime" "$rss_list" "$rss_before" <<'PY'
import json, sys, datetime, os, platform
times = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ms = lambda name: times[name]["mean"] * 1000
sd = lambda name: times[name]["stddev"] * 1000
cpu = lambda name: (times[name]["user"] + times[name]["system"]) * 1000
model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print(f"### Start-up ({datetime.date.today()}, {os.cpu_count()} cores, {model})")
print()
print(f"`bench/startup.sh`: hyperfine, warm-up 3, {times['hello']['times'].__len__()} runs each, all in one hyperfine run from a temporary directory; {sys.argv[4]}.")
print()
print("| command | mean | ± | vs baseline | cpu (user+sys) |")
print("|---|---|---|---|---|")
print(f"| Java hello world (baseline) | {ms('hello'):.0f} ms | {sd('hello'):.0f} | 1.00× hello | {cpu('hello'):.0f} ms |")
for name, label in [("version", "`pyro --version`"), ("help", "`pyro --help`"), ("list-help", "`pyro sandbox list --help`")]:
    print(f"| {label} | {ms(name):.0f} ms | {sd(name):.0f} | {ms(name)/ms('hello'):.2f}× hello | {cpu(name):.0f} ms |")
if "hello-tty" in times:
    print(f"| hello world on a terminal (`script`; baseline) | {ms('hello-tty'):.0f} ms | {sd('hello-tty'):.0f} | 1.00× hello-tty | {cpu('hello-tty'):.0f} ms |")
    print(f"| `pyro sandbox list --help` on a terminal (`script`) | {ms('list-help-tty'):.0f} ms | {sd('list-help-tty'):.0f} | {ms('list-help-tty')/ms('hello-tty'):.2f}× hello-tty | {cpu('list-help-tty'):.0f} ms |")
print(f"| curl, the same request (baseline) | {ms('curl'):.0f} ms | {sd('curl'):.0f} | 1.00× curl | {cpu('curl'):.0f} ms |")
if "floor" in times:
    print(f"| floor: `bench/Floor.java`, the same request (baseline) | {ms('floor'):.0f} ms | {sd('floor'):.0f} | 1.00× floor, {ms('floor')/ms('hello'):.2f}× hello | {cpu('floor'):.0f} ms |")
    print(f"| `pyro -p local sandbox list -o json` | {ms('list-json'):.0f} ms | {sd('list-json'):.0f} | {ms('list-json')/ms('floor'):.2f}× floor, {ms('list-json')/ms('curl'):.2f}× curl | {cpu('list-json'):.0f} ms |")
else:
    print(f"| `pyro -p local sandbox list -o json` | {ms('list-json'):.0f} ms | {sd('list-json'):.0f} | {ms('list-json')/ms('curl'):.2f}× curl | {cpu('list-json'):.0f} ms |")
if "list-https" in times:
    line = f"| `pyro ... sandbox list -o json` over https (`--ca-file`) | {ms('list-https'):.0f} ms | {sd('list-https'):.0f} | "
    if "floor-https" in times:
        print(f"| floor over https: `bench/Floor.java URL TOKEN ca.pem` (baseline) | {ms('floor-https'):.0f} ms | {sd('floor-https'):.0f} | 1.00× floor-https | {cpu('floor-https'):.0f} ms |")
        line += f"{ms('list-https')/ms('floor-https'):.2f}× floor-https"
    print(line + f" | {cpu('list-https'):.0f} ms |")
before = [n for n in ["version", "help", "list-help", "list-help-tty", "list-json", "list-https"] if "before-" + n in times]
if before:
    print()
    print("Paired in the same run with `PYRO_BEFORE` (the build before the change):")
    print()
    print("| command | before | after | after/before | cpu before → after |")
    print("|---|---|---|---|---|")
    for n in before:
        b = "before-" + n
        print(f"| {n} | {ms(b):.0f} ms | {ms(n):.0f} ms | {ms(n)/ms(b):.2f} | {cpu(b):.0f} → {cpu(n):.0f} ms |")
print()
rss = f"Peak RSS (median of 5): `pyro --version` {sys.argv[2]} MB; `list -o json` {sys.argv[5]} MB"
if sys.argv[6]:
    rss += f" (before: {sys.argv[6]} MB)"
print(rss + f"; hello world {sys.argv[3]} MB.")
PY
