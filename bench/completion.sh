#!/usr/bin/env bash
# Time from TAB to candidates with pyro's bash completion, in one hyperfine run: ids from a warm
# cache (no JVM), ids with a cold cache (the script runs `pyro __complete`, which asks a local
# emulator and refreshes the cache), a static word, and a baseline: gh completing a static word
# when gh is installed, else a bash that starts and runs builtins only. Each timed command is a
# fresh `bash --norc` that sources the script, sets the line and calls the completion function
# as TAB does; a second table times the function alone inside one running bash.
# Prints a Markdown section for bench/RESULTS.md.
# Usage: bench/completion.sh [RUNS]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}

if ! command -v hyperfine >/dev/null 2>&1; then
  apt-get update -q && apt-get install -y -q hyperfine
fi
[ -x target/dist/pyro/bin/pyro ] || mvn -B -q -DskipTests package
dist=$PWD/target/dist/pyro
script=$dist/completions/pyro.bash

work=$(mktemp -d)
export PYRO_CONFIG="$work/config.yaml" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
export PATH="$dist/bin:$PATH"
cleanup() { pyro emulator stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
pyro emulator start --detach --port 0 -q > /dev/null
id=$(pyro -p local -q sandbox create bench-box --type cpu-sandbox --cpu 1 --memory 1 -o id)

# NAME LINE: a bash program, $work/NAME.sh, that presses TAB after LINE and prints the candidates.
tab() {
  # shellcheck disable=SC2016 # the timed bash expands them
  printf 'source %q\nCOMP_LINE=%q\nCOMP_POINT=${#COMP_LINE}\n_complete_pyro\nprintf "%%s\\n" "${COMPREPLY[@]}"\n' \
    "$script" "$2" > "$work/$1.sh"
}
ids_line='pyro -p local sandbox get '
tab warm "$ids_line"
tab cold "$ids_line"
tab static 'pyro sandbox li'
if command -v gh >/dev/null 2>&1; then
  baseline_label="gh completing a static word (\`gh re<TAB>\`; cobra's script runs \`gh __complete\`)"
  gh completion -s bash > "$work/gh.bash"
  # shellcheck disable=SC2016 # the timed bash expands them
  printf 'source %q\nCOMP_WORDS=(gh re)\nCOMP_CWORD=1\nCOMP_LINE="gh re"\nCOMP_POINT=5\n__start_gh gh re gh\nprintf "%%s\\n" "${COMPREPLY[@]}"\n' \
    "$work/gh.bash" > "$work/baseline.sh"
else
  baseline_label="bash running builtins only (gh is not installed here): \`bash --norc FILE\` with \`x=1\`"
  echo 'x=1' > "$work/baseline.sh"
fi

# Each case must offer what it should before it is timed.
refresh() { pyro -p local -q sandbox list -o id > /dev/null; } # writes the cache, stamped now
refresh
[ "$(bash --norc "$work/warm.sh")" = "$id"$'\n'bench-box ] || { echo "warm TAB offers the wrong ids" >&2; exit 1; }
rm -rf "$XDG_CACHE_HOME"
[ "$(bash --norc "$work/cold.sh")" = "$id"$'\n'bench-box ] || { echo "cold TAB offers the wrong ids" >&2; exit 1; }
[ "$(bash --norc "$work/static.sh")" = list ] || { echo "static TAB offers the wrong words" >&2; exit 1; }

refresh # the warm runs start with a fresh cache and end long before it is 60 s old
hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/times.json" \
  -n warm "bash --norc $work/warm.sh" \
  -n static "bash --norc $work/static.sh" \
  -n baseline "bash --norc $work/baseline.sh" \
  >&2
hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/cold.json" \
  --prepare "rm -rf $XDG_CACHE_HOME" -n cold "bash --norc $work/cold.sh" >&2

# The function alone, in a running bash that sourced the script once (what a user waits for).
in_shell() { # LINE [PREPARE]: mean µs of 20 TABs
  bash --norc -c "source '$script'; total=0
    for ((i = 0; i < 20; i++)); do
      ${2-}
      COMP_LINE='$1'; COMP_POINT=\${#COMP_LINE}
      start=\$EPOCHREALTIME; _complete_pyro; end=\$EPOCHREALTIME
      total=\$((total + \${end/./} - \${start/./}))
    done
    echo \$((total / 20))"
}
refresh
warm_in=$(in_shell "$ids_line")
static_in=$(in_shell 'pyro sandbox li')
cold_in=$(in_shell "$ids_line" "rm -rf '$XDG_CACHE_HOME'")

python3 - "$work/times.json" "$work/cold.json" "$baseline_label" "$warm_in" "$static_in" "$cold_in" <<'PY'
import json, sys, datetime, os, platform
times = {r["command"]: r for f in sys.argv[1:3] for r in json.load(open(f))["results"]}
sys.argv[1:3] = [sys.argv[1]]
ms = lambda name: times[name]["median"] * 1000
mean = lambda name: times[name]["mean"] * 1000
sd = lambda name: times[name]["stddev"] * 1000
model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print(f"### Completion: TAB to candidates ({datetime.date.today()}, {os.cpu_count()} cores, {model})")
print()
print(f"`bench/completion.sh`: hyperfine, warm-up 3, {len(times['warm']['times'])} runs each, one hyperfine run;")
print("each run is a fresh `bash --norc` that sources `completions/pyro.bash` and calls the completion")
print("function as TAB does (bash start-up and sourcing included). Ids: `pyro -p local sandbox get <TAB>`")
print("against a local emulator.")
print()
print("Ratios are of medians (the machine may be shared; means are noisier).")
print()
print("| TAB | median | mean | ± | vs baseline | vs warm |")
print("|---|---|---|---|---|---|")
print(f"| baseline: {sys.argv[2]} | {ms('baseline'):.1f} ms | {mean('baseline'):.1f} ms | {sd('baseline'):.1f} | 1.00× | |")
print(f"| static word (`pyro sandbox li<TAB>`) | {ms('static'):.1f} ms | {mean('static'):.1f} ms | {sd('static'):.1f} | {ms('static')/ms('baseline'):.2f}× | |")
print(f"| ids, warm cache (no JVM) | {ms('warm'):.1f} ms | {mean('warm'):.1f} ms | {sd('warm'):.1f} | {ms('warm')/ms('baseline'):.2f}× | 1.00× |")
print(f"| ids, cold cache (`pyro __complete`, JVM + HTTP) | {ms('cold'):.1f} ms | {mean('cold'):.1f} ms | {sd('cold'):.1f} | {ms('cold')/ms('baseline'):.2f}× | {ms('cold')/ms('warm'):.1f}× |")
print()
print(f"The completion function alone, in a running bash (mean of 20 TABs): static word {sys.argv[4]} µs,")
print(f"ids from a warm cache {sys.argv[3]} µs, ids with a cold cache {int(sys.argv[5]) / 1000:.0f} ms.")
print(f"Load average during the run: {os.getloadavg()[0]:.1f}.")
PY
