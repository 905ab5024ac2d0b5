#!/usr/bin/env bash
# Loads pyro's bash completion in a real bash and checks what it offers.
# Usage: dist/check-completion.sh COMPLETION_FILE
set -euo pipefail
# shellcheck disable=SC1090
source "$1"
complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="${COMP_WORDS[*]}"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _complete_pyro pyro "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" 2>/dev/null
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
fail=0
expect() { # words..., then "=>" and the expected completions
  local args=() expected
  while [ "$1" != "=>" ]; do args+=("$1"); shift; done
  shift
  expected="$*"
  local got
  got=$(complete_words "${args[@]}" | sed 's/ $//')
  if [ "$got" = "$expected" ]; then
    echo "ok: '${args[*]}' completes to: $got"
  else
    echo "FAIL: '${args[*]}' completes to '$got', expected '$expected'"
    fail=1
  fi
}
expect pyro sa '=>' sandbox sandboxes
expect pyro sandbox '' '=>' action batch create delete get install list ls reboot restart rm run start stop vnc wait
expect pyro train w '=>' wait watch
expect pyro --error-format '' '=>' json text

# Ids come from the server: a hostile one must be neither run nor offered.
stub=$(mktemp -d)
trap 'rm -rf "$stub"' EXIT
export XDG_CACHE_HOME="$stub/cache" # no id cache a real pyro left: the stub answers
cat >"$stub/pyro" <<STUB
#!/bin/sh
printf '%s\n' sbx_ok '\$(touch $stub/pwned)' '\`touch $stub/pwned\`' 'sbx_o;touch $stub/pwned'
STUB
chmod 700 "$stub/pyro"
PATH="$stub:$PATH" expect pyro sandbox get '' '=>' sbx_ok
if [ -e "$stub/pwned" ]; then
  echo "FAIL: completing a hostile id ran a command"
  fail=1
fi
exit $fail
