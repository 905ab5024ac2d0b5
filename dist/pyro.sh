#!/bin/sh
# pyro launcher: finds its install folder, then runs lib/pyro.jar on the shipped runtime with its
# AOT cache (the fastest start measured, see NATIVE.md), else on $JAVA_HOME or the java on PATH.
# A standard stream the caller closed (`pyro --version >&-`, `<&-`, `2>&-`) would be taken by the
# first file the JVM opens, its modules image: "stdin" would read it, writes would fail or land in
# it, and every program pyro starts would inherit it. Each is reopened on /dev/null first (a
# failed `true 9<&0` is a closed descriptor; `true` is not a special builtin, so its failed
# redirection does not end the script). A closed stdout is also told to pyro (-Dpyro.stdout), whose
# first write then fails, exit 1: output is never lost silently.
closed=
if ! true 2>/dev/null 9<&0; then exec </dev/null; fi
if ! true 2>/dev/null 9>&1; then
  exec >/dev/null
  closed=-Dpyro.stdout=closed
fi
# bash opens this script on the lowest free descriptor and never closes 2 (it "keeps stderr"), so
# a closed stderr there is this file, read-only. -ef is in dash, bash, busybox and ksh alike.
# shellcheck disable=SC3013
if ! true 9>&2 2>/dev/null || [ /dev/fd/2 -ef "$0" ]; then exec 2>/dev/null; fi
self=$0
while [ -L "$self" ]; do
  link=$(readlink "$self")
  case $link in /*) self=$link ;; *) self=$(dirname "$self")/$link ;; esac
done
home=$(cd "$(dirname "$self")/.." && pwd)
# The JVM decodes arguments, environment and file names in the charset of LC_CTYPE: under C/POSIX
# or no locale at all (env -i, minimal Docker images) that is ASCII, and every other character
# would reach the server as U+FFFD. pyro's input is UTF-8 whatever the locale; neither
# -Dsun.jnu.encoding nor -Dfile.encoding changes how arguments are decoded, on JDK 17 or 25.
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [ -n "${LC_ALL:-}" ]; then export LC_ALL=C.UTF-8; else export LC_CTYPE=C.UTF-8; fi ;;
esac
# Whether Main answers the line without a command model (QuickAnswers): `--version`, or command
# words then --help/-h where picocli would print plain text (stdout not a terminal, no color forced).
# Such a line starts on the small cache made for it: the full one loads every trained class first.
quick_line() {
  if [ $# -eq 1 ] && { [ "$1" = --version ] || [ "$1" = -V ]; }; then return 0; fi
  [ $# -ge 1 ] && [ ! -t 1 ] || return 1
  case ${NO_COLOR+set}:${CLICOLOR_FORCE-0} in set:* | :0) ;; *) return 1 ;; esac
  while [ $# -gt 1 ]; do
    case $1 in -* | '') return 1 ;; esac
    shift
  done
  [ "$1" = --help ] || [ "$1" = -h ]
}
# Help on a terminal: picocli would size it by running stty from a thread it polls every 25 ms;
# the shell asks once, and picocli takes the width (at least its minimum, 55) as given.
width=
help_width() {
  for arg in "$@"; do last=$arg; done
  { [ "${last:-}" = --help ] || [ "${last:-}" = -h ]; } && [ -t 0 ] && [ -t 1 ] || return 0
  cols=$(stty size 2>/dev/null < /dev/tty) || return 0
  cols=${cols#* }
  case $cols in '' | *[!0-9]*) return 0 ;; esac
  [ "$cols" -ge 55 ] || cols=55
  width=-Dpicocli.usage.width=$cols
}
if [ -x "$home/runtime/bin/java" ]; then
  if [ -f "$home/lib/pyro.aot" ]; then
    cache=$home/lib/pyro.aot
    if [ -f "$home/lib/quick.aot" ] && quick_line "$@"; then
      cache=$home/lib/quick.aot
    fi
    help_width "$@"
    # The caches know the jar as /dev/fd/9 (dist/build-dist.sh), a name that resolves wherever
    # pyro is installed and run from; the JVM looks it up for every class the cache maps. A
    # descriptor 9 the caller passes in stays as it is, and the jar goes by its path.
    jar=$home/lib/pyro.jar
    if ! true 2>/dev/null 8<&9 && [ -r "$jar" ]; then
      exec 9<"$jar"
      [ ! -r /dev/fd/9 ] || jar=/dev/fd/9
    fi
    # The class-file API's stack map pass (2,767 bytes of bytecode) runs while the JDK spins method
    # handles at start; when C1 compiled it, in about half the runs, its compiler arena alone took
    # 6 MB of the ~58 MB peak, and the compile a few ms of the second core. It stays interpreted.
    no_jit=-XX:CompileCommand=exclude,jdk.internal.classfile.impl.StackMapGenerator::processBlock
    # shellcheck disable=SC2086 # $width and $closed are one word or none
    exec "$home/runtime/bin/java" -XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off \
      -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CompileCommand=quiet "$no_jit" $width $closed \
      -cp "$jar" ai.pyromind.pyro.Main "$@"
  fi
  # shellcheck disable=SC2086 # $closed is one word or none
  exec "$home/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $closed -cp "$home/lib/pyro.jar" ai.pyromind.pyro.Main "$@"
fi
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java=$JAVA_HOME/bin/java
else
  java=java
fi
# shellcheck disable=SC2086 # $closed is one word or none
exec "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto $closed -cp "$home/lib/pyro.jar" ai.pyromind.pyro.Main "$@"
